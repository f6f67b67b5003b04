namespace ActorGraph.Bolt;

/// <summary>The server a routed session was using is no longer fit for it (it stopped being the leader,
/// became read-only, or went away): retrying picks another server.</summary>
public class SessionExpiredException : Neo4jException
{
    public SessionExpiredException() : this("The session expired.") { }
    public SessionExpiredException(string message) : base(null, message) { }
    public SessionExpiredException(string message, Exception? inner) : base(null, message, inner) { }

    public override bool IsRetriable => true;
}
