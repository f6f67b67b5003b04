namespace ActorGraph.Bolt;

/// <summary>A query or request the server rejected (Neo.ClientError.*); not retried.</summary>
public class ClientException : Neo4jException
{
    public ClientException() : this("Client error.") { }
    public ClientException(string message) : base(null, message) { }
    public ClientException(string message, Exception? inner) : base(null, message, inner) { }
    public ClientException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }

    /// <summary>Only an expired authorization is worth retrying (on a re-authenticated connection).</summary>
    public override bool IsRetriable => Code == "Neo.ClientError.Security.AuthorizationExpired";
}
