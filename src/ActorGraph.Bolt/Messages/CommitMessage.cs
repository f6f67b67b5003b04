using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>COMMIT: <c>B0 12</c>. SUCCESS carries the bookmark.</summary>
public sealed class CommitMessage : IRequestMessage
{
    public static readonly CommitMessage Instance = new();
    public string Name => "COMMIT";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Commit);
}
