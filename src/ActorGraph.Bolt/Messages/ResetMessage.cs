using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>RESET: <c>B0 0F</c>. Leaves FAILED/INTERRUPTED for READY; queued requests get IGNORED.</summary>
public sealed class ResetMessage : IRequestMessage
{
    public static readonly ResetMessage Instance = new();
    public string Name => "RESET";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Reset);
}
