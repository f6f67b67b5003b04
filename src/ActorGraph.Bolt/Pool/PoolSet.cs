using System.Collections.Concurrent;

namespace ActorGraph.Bolt;

/// <summary>The pools of a driver, one per address.</summary>
internal sealed class PoolSet(Config config, Func<ServerAddress, CancellationToken, Task<BoltConnection>> open) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<ServerAddress, ConnectionPool> _pools = new();

    public ConnectionPool Get(ServerAddress address) =>
        _pools.GetOrAdd(address, a => new ConnectionPool(a, config, ct => open(a, ct)));

    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values) await pool.DisposeAsync();
    }
}
