namespace ActorGraph.Bolt;

/// <summary>No server could be reached, or the connection broke: retrying (after a reconnect) may succeed.</summary>
public class ServiceUnavailableException : Neo4jException
{
    public ServiceUnavailableException() : this("The service is unavailable.") { }
    public ServiceUnavailableException(string message) : base(null, message) { }
    public ServiceUnavailableException(string message, Exception? inner) : base(null, message, inner) { }

    public override bool IsRetriable => true;
}
