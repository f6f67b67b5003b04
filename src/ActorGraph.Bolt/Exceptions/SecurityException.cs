namespace ActorGraph.Bolt;

/// <summary>The TLS handshake failed, typically because the server's certificate is not trusted (use +ssc for a
/// self-signed certificate). Not retried: a new attempt would fail the same way.</summary>
public class SecurityException : ClientException
{
    public SecurityException() : this("The TLS handshake failed.") { }
    public SecurityException(string message) : base(null, message) { }
    public SecurityException(string message, Exception? inner) : base(null, message, inner) { }
}
