using System.Collections.Concurrent;

namespace ActorGraph.Bolt;

/// <summary>The pools of a driver, one per address.</summary>
internal sealed class PoolSet(Config config, Func<ServerAddress, AuthToken, CancellationToken, Task<BoltConnection>> open) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();

    public ConnectionPool Get(ServerAddress address) =>
        _pools.GetOrAdd(address, a => new ConnectionPool(a, config, (auth, ct) => open(a, auth, ct)));

    public IReadOnlyCollection<ConnectionPool> All => (IReadOnlyCollection<ConnectionPool>)_pools.Values;

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values) await pool.DisposeAsync();
    }
}
