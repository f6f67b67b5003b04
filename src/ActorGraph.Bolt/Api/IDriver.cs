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

    /// <summary>A query run in a managed transaction with retries, its records read eagerly:
    /// <c>await driver.ExecutableQuery("MATCH (a:Actor) RETURN a.id AS id").WithConfig(new QueryConfig(RoutingControl.Readers)).ExecuteAsync()</c>.
    /// Queries chain causally through <see cref="ExecutableQueryBookmarkManager"/>.</summary>
    IExecutableQuery<IRecord, IRecord> ExecutableQuery(string cypher);

    /// <summary>The bookmark manager that <see cref="ExecutableQuery"/> uses by default.</summary>
    IBookmarkManager ExecutableQueryBookmarkManager { get; }

    /// <summary>Opens a connection (after routing, for neo4j://), authenticates, and returns it to the pool.
    /// Throws <see cref="ServiceUnavailableException"/> or <see cref="AuthenticationException"/> on failure.</summary>
    Task VerifyConnectivityAsync(CancellationToken cancellationToken = default);

    /// <summary>Connects like <see cref="VerifyConnectivityAsync"/> and reports the server.</summary>
    Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Closes every pooled connection (GOODBYE, then the socket).</summary>
    Task CloseAsync(CancellationToken cancellationToken = default);
}
