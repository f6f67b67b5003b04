namespace ActorGraph.Bolt;

/// <summary>Where sessions get connections: one server (bolt://) or a routed cluster (neo4j://).</summary>
internal interface IConnectionProvider : IAsyncDisposable
{
    Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken ct = default);

    /// <summary>Lets routing react to an error on a connection (forget a writer, a dead server) and returns the
    /// exception to raise: routing errors become <see cref="SessionExpiredException"/> so managed transactions retry.</summary>
    Neo4jException OnError(BoltConnection connection, Neo4jException error, string? database);
}
