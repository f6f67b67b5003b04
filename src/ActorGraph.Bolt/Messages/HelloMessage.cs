using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>HELLO: <c>B1 01 {extra}</c>. What the map may hold depends on the version (see
/// <c>Connection/HelloBuilder</c>); at 5.0 and 4.4 it also carries the auth token.</summary>
public sealed class HelloMessage(IReadOnlyDictionary<string, object?> extra) : IRequestMessage
{
    public IReadOnlyDictionary<string, object?> Extra { get; } = extra;
    public string Name => "HELLO";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Hello);
        writer.WriteMap(Extra);
    }

    /// <summary>Lists the keys only: values may be credentials.</summary>
    public override string ToString() => $"HELLO {{{string.Join(", ", Extra.Keys)}}}";
}
