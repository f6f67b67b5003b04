namespace ActorGraph.Bolt;

/// <summary>The server sent nothing (not even a NOOP) for longer than the read timeout
/// (<see cref="Config.ReadTimeout"/>, or the server's connection.recv_timeout_seconds hint): the connection is
/// closed. Retriable, like any lost connection.</summary>
public class ConnectionReadTimeoutException : ServiceUnavailableException
{
    public ConnectionReadTimeoutException() : this("The read timed out.") { }
    public ConnectionReadTimeoutException(string message) : base(message) { }
    public ConnectionReadTimeoutException(string message, Exception? inner) : base(message, inner) { }
}
