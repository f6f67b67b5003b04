using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt.Messages;

/// <summary>LOGON (5.1+): <c>B1 6A {scheme, principal?, credentials?, realm?}</c>.</summary>
public sealed class LogonMessage(IReadOnlyDictionary<string, object?> auth) : IRequestMessage
{
    public IReadOnlyDictionary<string, object?> Auth { get; } = auth;
    public string Name => "LOGON";

    public void Write(PackStreamWriter writer)
    {
        writer.WriteStructHeader(1, MessageTag.Logon);
        writer.WriteMap(Auth);
    }

    /// <summary>Lists the keys only: never the credentials.</summary>
    public override string ToString() => $"LOGON {{{string.Join(", ", Auth.Keys)}}}";
}
