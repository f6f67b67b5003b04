namespace ActorGraph.Bolt;

/// <summary>The server or the bytes broke the Bolt protocol (bad marker, oversized message, unexpected reply).</summary>
public class ProtocolException : Neo4jException
{
    public ProtocolException() : this("Protocol error.") { }
    public ProtocolException(string message) : base(null, message) { }
    public ProtocolException(string message, Exception? inner) : base(null, message, inner) { }
    public ProtocolException(string? code, string message, Exception? inner = null) : base(code, message, inner) { }

    public override bool IsRetriable => false;
}
