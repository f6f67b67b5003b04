namespace ActorGraph.Bolt;

/// <summary>The database does not exist (Neo.ClientError.Database.DatabaseNotFound), raised by ROUTE, BEGIN or RUN.
/// Not retried; as in the official driver.</summary>
public class FatalDiscoveryException : ClientException
{
    public FatalDiscoveryException() : this("The database was not found.") { }
    public FatalDiscoveryException(string message) : base(message) { }
    public FatalDiscoveryException(string message, Exception? inner) : base(message, inner) { }
    public FatalDiscoveryException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }
}
