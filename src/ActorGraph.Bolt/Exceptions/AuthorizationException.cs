namespace ActorGraph.Bolt;

/// <summary>The connection's authorization expired (Neo.ClientError.Security.AuthorizationExpired). Retriable: the
/// connection logs on again (LOGOFF/LOGON from Bolt 5.1, a new connection before) and managed transactions retry.</summary>
public class AuthorizationException : ClientException
{
    public AuthorizationException() : this("The authorization expired.") { }
    public AuthorizationException(string message) : base(message) { }
    public AuthorizationException(string message, Exception? inner) : base(message, inner) { }
    public AuthorizationException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }

    public override bool IsRetriable => true;
}
