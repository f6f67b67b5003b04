using System.Collections.Concurrent;

namespace ActorGraph.Bolt;

/// <summary>
/// Connections to one server address: at most <see cref="Config.MaxConnectionPoolSize"/> exist at once (idle or in
/// use). Acquiring waits up to <see cref="Config.ConnectionAcquisitionTimeout"/> for a free slot. Idle connections
/// that the server closed are discarded on acquisition; released connections are RESET if they hold a failure, an
/// open result or a transaction, and discarded if broken or if the RESET fails.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private static readonly TimeSpan ResetTimeout = TimeSpan.FromSeconds(10);
    private readonly Func<CancellationToken, Task<BoltConnection>> _open;
    private readonly Config _config;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;

    public ConnectionPool(ServerAddress address, Config config, Func<CancellationToken, Task<BoltConnection>> open)
    {
        Address = address;
        _config = config;
        _open = open;
        _slots = new SemaphoreSlim(config.MaxConnectionPoolSize, config.MaxConnectionPoolSize);
    }

    public ServerAddress Address { get; }

    public int IdleCount => _idle.Count;

    public int InUseCount => _config.MaxConnectionPoolSize - _slots.CurrentCount - _idle.Count;

    public async Task<BoltConnection> AcquireAsync(CancellationToken ct = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!await _slots.WaitAsync(_config.ConnectionAcquisitionTimeout, ct))
            throw new ClientException(
                $"No connection to {Address} became free within {_config.ConnectionAcquisitionTimeout.TotalSeconds:0.#} s " +
                $"(all {_config.MaxConnectionPoolSize} are in use; close sessions and consume results, or raise the pool size).");
        try
        {
            while (_idle.TryPop(out var idle))
            {
                if (idle.LooksAlive()) return idle;
                Log.ConnectionDiscarded(_config.Logger, Address.ToString(), "closed while idle");
                await idle.DisposeAsync();
            }
            var connection = await _open(ct);
            connection.Pool = this;
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    public async Task ReleaseAsync(BoltConnection connection)
    {
        try
        {
            if (!connection.IsBroken && connection.NeedsReset)
            {
                try
                {
                    using var cts = new CancellationTokenSource(ResetTimeout);
                    await connection.ResetAsync(cts.Token);
                }
                catch (Exception e) when (e is Neo4jException or OperationCanceledException)
                {
                    connection.MarkBroken();
                    Log.ConnectionDiscarded(_config.Logger, Address.ToString(), "RESET failed: " + e.Message);
                }
            }
            if (connection.IsBroken || _disposed) await connection.DisposeAsync();
            else _idle.Push(connection);
        }
        finally
        {
            _slots.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var c)) await c.DisposeAsync();
    }
}
