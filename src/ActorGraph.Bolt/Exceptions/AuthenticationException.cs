namespace ActorGraph.Bolt;

/// <summary>The server refused the credentials (Neo.ClientError.Security.Unauthorized and kin).
/// The connection is closed; the message never repeats the credentials.</summary>
public class AuthenticationException : ClientException
{
    public AuthenticationException() : this("Authentication failed.") { }
    public AuthenticationException(string message) : base(null, message) { }
    public AuthenticationException(string message, Exception? inner) : base(null, message, inner) { }
    public AuthenticationException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }
}
