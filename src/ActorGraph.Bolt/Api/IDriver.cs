namespace ActorGraph.Bolt;

/// <summary>A driver: the connection pools (and the routing table for neo4j://). Thread-safe; create
/// one per application and dispose it at the end. Sessions are cheap and not thread-safe.</summary>
public interface IDriver : IAsyncDisposable
{
    Config Config { get; }

    /// <summary>True for the +s and +ssc schemes.</summary>
    bool Encrypted { get; }

    IAsyncSession AsyncSession();

    IAsyncSession AsyncSession(Action<SessionConfigBuilder> configure);

    /// <summary>Opens a connection (after routing, for neo4j://), authenticates, and returns it to the pool.
    /// Throws <see cref="ServiceUnavailableException"/> or <see cref="AuthenticationException"/> on failure.</summary>
    Task VerifyConnectivityAsync();

    /// <summary>Connects like <see cref="VerifyConnectivityAsync"/> and reports the server.</summary>
    Task<IServerInfo> GetServerInfoAsync();
}
