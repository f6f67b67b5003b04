using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>PULL: <c>B1 3F {n, qid?}</c>, or DISCARD: <c>B1 2F {n, qid?}</c>. n = -1 means all; qid is
/// omitted for the latest result and never sent in auto-commit.
/// Example: PULL {n:1000} = B1 3F A1 81 6E C9 03 E8.</summary>
public sealed class PullMessage(long n, long? qid = null, bool discard = false) : IRequestMessage
{
    public long N { get; } = n;
    public long? Qid { get; } = qid;
    public bool Discard { get; } = discard;
    public string Name => Discard ? "DISCARD" : "PULL";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, Discard ? MessageTag.Discard : MessageTag.Pull);
        writer.WriteMapHeader(Qid is null ? 1 : 2);
        writer.WriteString("n");
        writer.WriteInteger(N);
        if (Qid is { } q)
        {
            writer.WriteString("qid");
            writer.WriteInteger(q);
        }
    }
}
