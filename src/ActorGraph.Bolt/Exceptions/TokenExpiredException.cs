namespace ActorGraph.Bolt;

/// <summary>The bearer or basic token expired (Neo.ClientError.Security.TokenExpired): new credentials are needed.</summary>
public class TokenExpiredException : AuthenticationException
{
    public TokenExpiredException() : this("The token expired.") { }
    public TokenExpiredException(string message) : base(message) { }
    public TokenExpiredException(string message, Exception? inner) : base(message, inner) { }
    public TokenExpiredException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }
}
