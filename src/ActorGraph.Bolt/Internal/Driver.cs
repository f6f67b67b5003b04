namespace ActorGraph.Bolt.Internal;

/// <summary>The driver: owns the pools and the connection provider (direct or routing).</summary>
internal sealed class Driver : IDriver
{
    private readonly IConnectionProvider _provider;
    private int _disposed;

    public Driver(BoltUri uri, AuthToken auth, Config config)
    {
        Config = config;
        Uri = uri;
        var routingContext = uri.Routing ? uri.RoutingContext : null;
        var pools = new PoolSet(config, (address, ct) => BoltConnection.OpenAsync(address, uri.Tls, auth, config, routingContext, ct));
        _provider = uri.Routing
            ? new RoutingConnectionProvider(uri, pools, config, TimeProvider.System)
            : new DirectConnectionProvider(uri.Address, pools);
    }

    public Config Config { get; }
    public BoltUri Uri { get; }
    public bool Encrypted => Uri.Tls != TlsMode.None;
    internal IConnectionProvider Provider => _provider;

    public IAsyncSession AsyncSession() => AsyncSession(_ => { });

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder> configure)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var builder = new SessionConfigBuilder();
        configure(builder);
        return new AsyncSession(this, builder);
    }

    public async Task VerifyConnectivityAsync() => await GetServerInfoAsync();

    public async Task<IServerInfo> GetServerInfoAsync()
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var connection = await _provider.AcquireAsync(AccessMode.Read, null, Bookmarks.Empty);
        var info = connection.ServerInfo;
        await connection.Pool!.ReleaseAsync(connection);
        return info;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) await _provider.DisposeAsync();
    }
}
