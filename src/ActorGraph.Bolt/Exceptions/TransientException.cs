namespace ActorGraph.Bolt;

/// <summary>A temporary failure (Neo.TransientError.*): retrying may succeed.</summary>
public class TransientException : Neo4jException
{
    public TransientException() : this("Transient error.") { }
    public TransientException(string message) : base(null, message) { }
    public TransientException(string message, Exception? inner) : base(null, message, inner) { }
    public TransientException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }

    public override bool IsRetriable => true;
}
