namespace ActorGraph.Bolt;

/// <summary>bolt://: every session talks to the one server of the URI.</summary>
internal sealed class DirectConnectionProvider(ServerAddress address, PoolSet pools) : IConnectionProvider
{
    public PoolSet Pools => pools;

    public Task<BoltConnection> AcquireAsync(ConnectionRequest request, CancellationToken ct = default) =>
        pools.Get(address).AcquireAsync(request.Auth, ct);

    public Neo4jException OnError(BoltConnection connection, Neo4jException error, ConnectionRequest request) => error;

    public ValueTask DisposeAsync() => pools.DisposeAsync();
}
