using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt.Internal;

/// <summary>
/// A session. Auto-commit queries take a connection for the life of their result and give it back when the
/// result ends (or fails). Before a new query, any result still open is buffered into memory. Explicit
/// transactions hold their connection until commit or rollback. A cancelled call closes the connection it was
/// using (its state is unknown) and raises <see cref="OperationCanceledException"/>.
/// </summary>
internal sealed class AsyncSession : IAsyncSession, IResultOwner
{
    private readonly Driver _driver;
    private readonly SessionConfigBuilder _config;
    private readonly long _fetchSize;
    private BoltConnection? _connection;
    private ConnectionRequest? _request;
    private ResultCursor? _openResult;
    private AsyncTransaction? _transaction;
    private string[] _startBookmarks = [];
    private bool _closed;

    public AsyncSession(Driver driver, SessionConfigBuilder config)
    {
        _driver = driver;
        _config = config;
        _fetchSize = config.FetchSize ?? driver.Config.FetchSize;
        LastBookmarks = config.Bookmarks;
    }

    public Bookmarks LastBookmarks { get; private set; }

    internal long FetchSize => _fetchSize;

    public Task<IResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(new Query(query, RequestExtras.Parameters(parameters)), null, cancellationToken);

    public Task<IResultCursor> RunAsync(string query, object? parameters, Action<TransactionConfigBuilder> configure,
        CancellationToken cancellationToken = default)
    {
        var txConfig = new TransactionConfigBuilder();
        configure(txConfig);
        return RunAsync(new Query(query, RequestExtras.Parameters(parameters)), txConfig, cancellationToken);
    }

    public Task<IResultCursor> RunAsync(Query query, CancellationToken cancellationToken = default) => RunAsync(query, null, cancellationToken);

    private async Task<IResultCursor> RunAsync(Query query, TransactionConfigBuilder? txConfig, CancellationToken ct)
    {
        await PrepareAsync(ct);
        var (connection, bookmarks) = await AcquireAsync(_config.AccessMode, ct);
        var extra = RequestExtras.Build(bookmarks, _config.Database, _config.AccessMode, _config.ImpersonatedUser, txConfig,
            _config.Notifications, connection.Version);
        var telemetry = connection.TelemetryEnabled;
        await EnqueueOrReleaseAsync(connection, c =>
        {
            if (telemetry) c.Enqueue(new TelemetryMessage(TelemetryMessage.AutoCommit));
            c.Enqueue(new RunMessage(query.Text, query.Parameters, extra));
            c.Enqueue(new PullMessage(_fetchSize));
        });
        _connection = connection;
        try
        {
            await connection.FlushAsync(ct);
            if (telemetry) await connection.ReadSummaryAsync(ct);
            var run = await connection.ReadSummaryAsync(ct);
            var cursor = new ResultCursor(connection, query, new RecordKeys(Fields(run)), run.Metadata, _fetchSize, this);
            _openResult = cursor;
            return cursor;
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
        catch (OperationCanceledException)
        {
            await ReleaseAsync(); // the connection is broken by the cancellation: the pool closes it
            throw;
        }
    }

    public async Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default) =>
        await BeginAsync(_config.AccessMode, configure, TelemetryMessage.UnmanagedTransaction, cancellationToken);

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default) => ExecuteAsync(AccessMode.Read, work, configure, cancellationToken);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default) => ExecuteAsync(AccessMode.Write, work, configure, cancellationToken);

    public Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default) => ExecuteAsync(AccessMode.Read, async tx => { await work(tx); return 0; }, configure, cancellationToken);

    public Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default) => ExecuteAsync(AccessMode.Write, async tx => { await work(tx); return 0; }, configure, cancellationToken);

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure,
        CancellationToken ct) =>
        RetryLogic.RunAsync(_driver.Config, async () =>
        {
            var tx = await BeginAsync(mode, configure, TelemetryMessage.ManagedTransaction, ct);
            await using (tx)
            {
                var result = await work(tx);
                await tx.CommitAsync(ct);
                return result;
            }
        }, ct);

    private async Task<AsyncTransaction> BeginAsync(AccessMode mode, Action<TransactionConfigBuilder>? configure, long api, CancellationToken ct)
    {
        await PrepareAsync(ct);
        var txConfig = new TransactionConfigBuilder();
        configure?.Invoke(txConfig);
        var (connection, bookmarks) = await AcquireAsync(mode, ct);
        var telemetry = connection.TelemetryEnabled;
        await EnqueueOrReleaseAsync(connection, c =>
        {
            if (telemetry) c.Enqueue(new TelemetryMessage(api));
            c.Enqueue(new BeginMessage(RequestExtras.Build(bookmarks, _config.Database, mode, _config.ImpersonatedUser, txConfig,
                _config.Notifications, c.Version)));
        });
        _connection = connection;
        connection.InTransaction = true;
        try
        {
            await connection.FlushAsync(ct);
            if (telemetry) await connection.ReadSummaryAsync(ct);
            await connection.ReadSummaryAsync(ct);
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
        catch (OperationCanceledException)
        {
            await ReleaseAsync();
            throw;
        }
        _transaction = new AsyncTransaction(this, connection);
        return _transaction;
    }

    /// <summary>Called by the transaction when it ends.</summary>
    internal async Task TransactionEndedAsync(string? bookmark)
    {
        _transaction = null;
        await BookmarkReceivedAsync(bookmark);
        await ReleaseAsync();
    }

    internal Neo4jException TranslateError(BoltConnection connection, Neo4jException error)
    {
        if (error is ProtocolException) connection.MarkBroken();
        return _request is null ? error : _driver.Provider.OnError(connection, error, _request);
    }

    async Task IResultOwner.OnResultCompletedAsync(SuccessMessage summary)
    {
        _openResult = null;
        await BookmarkReceivedAsync(summary["bookmark"] as string);
        await ReleaseAsync();
    }

    async Task<Neo4jException> IResultOwner.OnResultFailedAsync(Neo4jException error)
    {
        var connection = _connection;
        _openResult = null;
        var translated = connection is null ? error : TranslateError(connection, error);
        await ReleaseAsync(); // the pool RESETs it: FAILURE -> IGNORED -> RESET [§6]
        return translated;
    }

    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        if (_closed) return;
        _closed = true;
        try
        {
            if (_transaction is not null) await _transaction.RollbackAsync(cancellationToken);
            if (_openResult is not null) await _openResult.ConsumeAsync(cancellationToken);
        }
        catch (Neo4jException)
        {
            // The result's error was the caller's to read; closing goes on.
        }
        catch (OperationCanceledException)
        {
            _connection?.MarkBroken(); // no time to clean up: the pool closes the connection instead of reusing it
        }
        await ReleaseAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task PrepareAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        ct.ThrowIfCancellationRequested();
        if (_transaction is not null)
            throw new ClientException("This session has an open transaction: run queries in it, or commit or roll it back first.");
        if (_openResult is not null) await _openResult.BufferRemainingAsync(ct);
    }

    // The bookmarks to send: the session's own, plus the bookmark manager's when there is one.
    private async Task<(BoltConnection, Bookmarks)> AcquireAsync(AccessMode mode, CancellationToken ct)
    {
        var bookmarks = LastBookmarks;
        if (_config.BookmarkManager is { } manager) bookmarks = Bookmarks.Merge([bookmarks, Bookmarks.From(await manager.GetBookmarksAsync())]);
        _startBookmarks = [.. bookmarks.Values];
        _request = new ConnectionRequest(mode, _config.Database, _config.ImpersonatedUser, bookmarks, _config.AuthToken ?? _driver.Auth);
        return (await _driver.Provider.AcquireAsync(_request, ct), bookmarks);
    }

    private async Task BookmarkReceivedAsync(string? bookmark)
    {
        if (bookmark is null) return;
        LastBookmarks = Bookmarks.From(bookmark);
        if (_config.BookmarkManager is { } manager) await manager.UpdateBookmarksAsync(_startBookmarks, [bookmark]);
    }

    /// <summary>Queues the requests of a query; if they cannot be encoded (the connection then dropped them, nothing
    /// was sent) the connection goes straight back to the pool instead of staying with the session.</summary>
    private static async Task EnqueueOrReleaseAsync(BoltConnection connection, Action<BoltConnection> enqueue)
    {
        try
        {
            enqueue(connection);
        }
        catch
        {
            connection.DropQueued();
            await connection.Pool!.ReleaseAsync(connection);
            throw;
        }
    }

    private async Task ReleaseAsync()
    {
        var connection = _connection;
        _connection = null;
        if (connection is not null) await connection.Pool!.ReleaseAsync(connection);
    }

    internal static string[] Fields(SuccessMessage run) =>
        (run["fields"] as List<object?> ?? []).Select(f => f as string ?? throw new ProtocolException("A field name is not a string.")).ToArray();
}
