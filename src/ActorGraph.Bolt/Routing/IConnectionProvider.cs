namespace ActorGraph.Bolt;

/// <summary>Where sessions get connections: one server (bolt://) or a routed cluster (neo4j://).</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(ConnectionRequest request, CancellationToken ct = default);

    /// <summary>Lets routing react to an error on a connection (forget a writer, a dead server) and returns the
    /// exception to raise: routing errors become <see cref="SessionExpiredException"/> so managed transactions retry.</summary>
    Neo4jException OnError(BoltConnection connection, Neo4jException error, ConnectionRequest request);

    /// <summary>The pools, for diagnostics (the soak test counts their connections).</summary>
    PoolSet Pools { get; }
}
