using System.Collections.Concurrent;

namespace ActorGraph.Bolt;

/// <summary>
/// Connections to one server address: at most <see cref="Config.MaxConnectionPoolSize"/> exist at once (idle or in
/// use). Acquiring waits up to <see cref="Config.ConnectionAcquisitionTimeout"/> for a free slot. An idle connection
/// is handed out only if it passes its checks: the socket still looks open, it is younger than
/// <see cref="Config.MaxConnectionLifetime"/>, after more than <see cref="Config.ConnectionLivenessCheckTimeout"/>
/// of idleness it answers a RESET, and it is logged on with the wanted credentials (else LOGOFF/LOGON from 5.1, or
/// a new connection before). Released connections are RESET if they hold a failure, an open result or a
/// transaction, and discarded if broken, too old, or if the RESET fails.
/// </summary>
internal sealed class ConnectionPool : IAsyncDisposable
{
    private static readonly TimeSpan ResetTimeout = TimeSpan.FromSeconds(10);
    private readonly Func<AuthToken, CancellationToken, Task<BoltConnection>> _open;
    private readonly Config _config;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<BoltConnection> _idle = new();
    private volatile bool _disposed;

    public ConnectionPool(ServerAddress address, Config config, Func<AuthToken, CancellationToken, Task<BoltConnection>> open)
    {
        Address = address;
        _config = config;
        _open = open;
        _slots = new SemaphoreSlim(config.MaxConnectionPoolSize, config.MaxConnectionPoolSize);
    }

    public ServerAddress Address { get; }

    public int IdleCount => _idle.Count;

    public int InUseCount => _config.MaxConnectionPoolSize - _slots.CurrentCount;

    /// <summary>Connections opened and closed over the pool's life (for the soak test and diagnostics).</summary>
    public int Opened => _opened;

    public int Closed => _closed;

    private int _opened;
    private int _closed;

    public async Task<BoltConnection> AcquireAsync(AuthToken auth, CancellationToken ct = default)
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
                if (await UsableAsync(idle, auth, ct)) return idle;
            }
            var connection = await _open(auth, ct);
            Interlocked.Increment(ref _opened);
            connection.Pool = this;
            return connection;
        }
        catch
        {
            _slots.Release();
            throw;
        }
    }

    // The checks an idle connection passes before reuse; a connection that fails one is closed here.
    private async Task<bool> UsableAsync(BoltConnection idle, AuthToken auth, CancellationToken ct)
    {
        var reason = !idle.LooksAlive() ? "closed while idle"
            : TooOld(idle) ? "older than the maximum connection lifetime"
            : null;
        try
        {
            if (reason is null && _config.ConnectionLivenessCheckTimeout is { } idleLimit
                && Environment.TickCount64 - idle.IdleSince > idleLimit.TotalMilliseconds)
            {
                reason = "no answer to the liveness check (RESET) after idling";
                await WithTimeout(ct, t => idle.ResetAsync(t));
                reason = null;
            }
            if (reason is null && (idle.AuthorizationExpired || !idle.Auth.SameAs(auth)))
            {
                reason = "could not log on again";
                if (!idle.SupportsReauthentication)
                {
                    reason = "other credentials wanted, and Bolt before 5.1 cannot switch them";
                }
                else
                {
                    await WithTimeout(ct, t => idle.ReauthenticateAsync(auth, t));
                    reason = null;
                }
            }
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            reason += ": " + e.Message;
        }
        if (reason is null) return true;
        Log.ConnectionDiscarded(_config.Logger, Address.ToString(), reason);
        await CloseAsync(idle);
        return false;
    }

    private async Task WithTimeout(CancellationToken ct, Func<CancellationToken, Task> step)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(_config.ConnectionTimeout);
        await step(cts.Token);
    }

    private bool TooOld(BoltConnection c) => Environment.TickCount64 - c.OpenedAt > _config.MaxConnectionLifetime.TotalMilliseconds;

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
            if (connection.IsBroken || _disposed || TooOld(connection))
            {
                await CloseAsync(connection);
            }
            else
            {
                connection.IdleSince = Environment.TickCount64;
                _idle.Push(connection);
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task CloseAsync(BoltConnection connection)
    {
        Interlocked.Increment(ref _closed);
        await connection.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var c)) await CloseAsync(c);
    }
}
