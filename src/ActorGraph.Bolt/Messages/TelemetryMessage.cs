using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>TELEMETRY (5.4+): <c>B1 54 api</c>. This client never sends it unless the server's HELLO
/// SUCCESS hints <c>telemetry.enabled: true</c>; it then reports which API ran the query.</summary>
public sealed class TelemetryMessage(long api) : IRequestMessage
{
    public const long ManagedTransaction = 0;
    public const long UnmanagedTransaction = 1;
    public const long AutoCommit = 2;

    public long Api { get; } = api;
    public string Name => "TELEMETRY";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Telemetry);
        writer.WriteInteger(Api);
    }
}
