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
        Auth = auth;
        var routingContext = uri.Routing ? uri.RoutingContext : null;
        var pools = new PoolSet(config, (address, token, ct) => BoltConnection.OpenAsync(address, uri.Tls, token, config, routingContext, ct));
        _provider = uri.Routing
            ? new RoutingConnectionProvider(uri, pools, auth, config, TimeProvider.System)
            : new DirectConnectionProvider(uri.Address, pools);
    }

    public Config Config { get; }
    public BoltUri Uri { get; }
    public AuthToken Auth { get; }
    public bool Encrypted => Uri.Tls != TlsMode.None;
    internal IConnectionProvider Provider => _provider;

    public IBookmarkManager ExecutableQueryBookmarkManager { get; } = new BookmarkManager([]);

    public IAsyncSession AsyncSession() => AsyncSession(_ => { });

    public IAsyncSession AsyncSession(Action<SessionConfigBuilder> configure)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var builder = new SessionConfigBuilder();
        configure(builder);
        return new AsyncSession(this, builder);
    }

    public IExecutableQuery<IRecord, IRecord> ExecutableQuery(string cypher) =>
        new ExecutableQuery<IRecord, IRecord>(this, cypher, null, new QueryConfig(), r => r, null);

    public async Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => await GetServerInfoAsync(cancellationToken);

    public async Task<IServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var connection = await _provider.AcquireAsync(new ConnectionRequest(AccessMode.Read, null, null, Bookmarks.Empty, Auth), cancellationToken);
        var info = connection.ServerInfo;
        await connection.Pool!.ReleaseAsync(connection);
        return info;
    }

    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0) await _provider.DisposeAsync().AsTask().WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
