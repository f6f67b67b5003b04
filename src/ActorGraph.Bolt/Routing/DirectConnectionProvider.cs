namespace ActorGraph.Bolt;

/// <summary>bolt://: every session talks to the one server of the URI.</summary>
internal sealed class DirectConnectionProvider(ServerAddress address, PoolSet pools) : IConnectionProvider
{
    public Task<BoltConnection> AcquireAsync(AccessMode mode, string? database, Bookmarks bookmarks, CancellationToken ct = default) =>
        pools.Get(address).AcquireAsync(ct);

    public Neo4jException OnError(BoltConnection connection, Neo4jException error, string? database) => error;

    public ValueTask DisposeAsync() => pools.DisposeAsync();
}
