using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt.Internal;

/// <summary>
/// A session. Auto-commit queries take a connection for the life of their result and give it back when the
/// result ends (or fails). Before a new query, any result still open is buffered into memory. Explicit
/// transactions hold their connection until commit or rollback.
/// </summary>
internal sealed class AsyncSession : IAsyncSession, IResultOwner
{
    private readonly Driver _driver;
    private readonly string? _database;
    private readonly AccessMode _mode;
    private readonly long _fetchSize;
    private readonly string? _impersonatedUser;
    private BoltConnection? _connection;
    private ResultCursor? _openResult;
    private AsyncTransaction? _transaction;
    private bool _closed;

    public AsyncSession(Driver driver, SessionConfigBuilder config)
    {
        _driver = driver;
        _database = config.Database;
        _mode = config.AccessMode;
        _fetchSize = config.FetchSize ?? driver.Config.FetchSize;
        _impersonatedUser = config.ImpersonatedUser;
        LastBookmarks = config.Bookmarks;
    }

    public Bookmarks LastBookmarks { get; private set; }

    internal long FetchSize => _fetchSize;
    internal string? Database => _database;

    public Task<IResultCursor> RunAsync(string query, object? parameters = null) =>
        RunAsync(new Query(query, RequestExtras.Parameters(parameters)));

    public Task<IResultCursor> RunAsync(string query, object? parameters, Action<TransactionConfigBuilder> configure)
    {
        var txConfig = new TransactionConfigBuilder();
        configure(txConfig);
        return RunAsync(new Query(query, RequestExtras.Parameters(parameters)), txConfig);
    }

    public Task<IResultCursor> RunAsync(Query query) => RunAsync(query, null);

    private async Task<IResultCursor> RunAsync(Query query, TransactionConfigBuilder? txConfig)
    {
        await PrepareAsync();
        var connection = await AcquireAsync(_mode);
        var extra = RequestExtras.Build(LastBookmarks, _database, _mode, _impersonatedUser, txConfig);
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
            await connection.FlushAsync();
            if (telemetry) await connection.ReadSummaryAsync();
            var run = await connection.ReadSummaryAsync();
            var cursor = new ResultCursor(connection, query, new RecordKeys(Fields(run)), run.Metadata, _fetchSize, this);
            _openResult = cursor;
            return cursor;
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
    }

    public async Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null) =>
        await BeginAsync(_mode, configure, TelemetryMessage.UnmanagedTransaction);

    public Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null) =>
        ExecuteAsync(AccessMode.Read, work, configure);

    public Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null) =>
        ExecuteAsync(AccessMode.Write, work, configure);

    public Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null) =>
        ExecuteAsync(AccessMode.Read, async tx => { await work(tx); return 0; }, configure);

    public Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null) =>
        ExecuteAsync(AccessMode.Write, async tx => { await work(tx); return 0; }, configure);

    private Task<T> ExecuteAsync<T>(AccessMode mode, Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure) =>
        RetryLogic.RunAsync(_driver.Config, async () =>
        {
            var tx = await BeginAsync(mode, configure, TelemetryMessage.ManagedTransaction);
            await using (tx)
            {
                var result = await work(tx);
                await tx.CommitAsync();
                return result;
            }
        });

    private async Task<AsyncTransaction> BeginAsync(AccessMode mode, Action<TransactionConfigBuilder>? configure, long api)
    {
        await PrepareAsync();
        var txConfig = new TransactionConfigBuilder();
        configure?.Invoke(txConfig);
        var connection = await AcquireAsync(mode);
        var telemetry = connection.TelemetryEnabled;
        await EnqueueOrReleaseAsync(connection, c =>
        {
            if (telemetry) c.Enqueue(new TelemetryMessage(api));
            c.Enqueue(new BeginMessage(RequestExtras.Build(LastBookmarks, _database, mode, _impersonatedUser, txConfig)));
        });
        _connection = connection;
        connection.InTransaction = true;
        try
        {
            await connection.FlushAsync();
            if (telemetry) await connection.ReadSummaryAsync();
            await connection.ReadSummaryAsync();
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
        _transaction = new AsyncTransaction(this, connection);
        return _transaction;
    }

    /// <summary>Called by the transaction when it ends.</summary>
    internal async Task TransactionEndedAsync(string? bookmark)
    {
        if (bookmark is not null) LastBookmarks = Bookmarks.From(bookmark);
        _transaction = null;
        await ReleaseAsync();
    }

    internal Neo4jException TranslateError(BoltConnection connection, Neo4jException error)
    {
        if (error is ProtocolException) connection.MarkBroken();
        return _driver.Provider.OnError(connection, error, _database);
    }

    async Task IResultOwner.OnResultCompletedAsync(SuccessMessage summary)
    {
        if (summary["bookmark"] is string bookmark) LastBookmarks = Bookmarks.From(bookmark);
        _openResult = null;
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

    public async Task CloseAsync()
    {
        if (_closed) return;
        _closed = true;
        if (_transaction is not null) await _transaction.RollbackAsync();
        if (_openResult is not null)
        {
            try
            {
                await _openResult.ConsumeAsync();
            }
            catch (Neo4jException)
            {
                // The result's error was the caller's to read; closing goes on.
            }
        }
        await ReleaseAsync();
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task PrepareAsync()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_transaction is not null)
            throw new ClientException("This session has an open transaction: run queries in it, or commit or roll it back first.");
        if (_openResult is not null) await _openResult.BufferRemainingAsync();
    }

    private async Task<BoltConnection> AcquireAsync(AccessMode mode) =>
        await _driver.Provider.AcquireAsync(mode, _database, LastBookmarks);

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
