using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

// The requests without fields share one shape: B0 <tag>. One small type each, in one file because
// each is two lines.

/// <summary>GOODBYE: <c>B0 02</c>. No reply; the server closes.</summary>
public sealed class GoodbyeMessage : IRequestMessage
{
    public static readonly GoodbyeMessage Instance = new();
    public string Name => "GOODBYE";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Goodbye);
}
