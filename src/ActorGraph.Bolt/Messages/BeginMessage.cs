using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>BEGIN: <c>B1 11 {extra}</c>, the same keys as an auto-commit RUN.
/// Example: BEGIN {db:"movies", mode:"r"} = B1 11 A2 82 64 62 86 6D 6F 76 69 65 73 84 6D 6F 64 65 81 72.</summary>
public sealed class BeginMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public string Name => "BEGIN";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Begin);
        writer.WriteMap(Extra);
    }
}
