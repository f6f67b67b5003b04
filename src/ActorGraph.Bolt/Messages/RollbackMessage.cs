using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>ROLLBACK: <c>B0 13</c>.</summary>
public sealed class RollbackMessage : IRequestMessage
{
    public static readonly RollbackMessage Instance = new();
    public string Name => "ROLLBACK";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Rollback);
}
