using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>LOGOFF (5.1+): <c>B0 6B</c>. Back to AUTHENTICATION; LOGON follows.</summary>
public sealed class LogoffMessage : IRequestMessage
{
    public static readonly LogoffMessage Instance = new();
    public string Name => "LOGOFF";
    public void Write(PackStreamWriter writer) => writer.WriteStructHeader(0, MessageTag.Logoff);
}
