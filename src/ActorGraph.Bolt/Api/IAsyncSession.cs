namespace ActorGraph.Bolt;

/// <summary>A session: a sequence of transactions on one database, causally chained by bookmarks.
/// Not thread-safe; dispose it (or call <see cref="CloseAsync"/>) to return its connection.</summary>
public interface IAsyncSession : IAsyncQueryRunner
{
    /// <summary>An auto-commit query with a timeout and/or metadata (sent in RUN's extra).</summary>
    Task<IResultCursor> RunAsync(string query, object? parameters, Action<TransactionConfigBuilder> configure,
        CancellationToken cancellationToken = default);

    /// <summary>The bookmarks of the last transaction this session committed.</summary>
    Bookmarks LastBookmarks { get; }

    /// <summary>An explicit transaction; commit or roll it back, else it rolls back on dispose.</summary>
    Task<IAsyncTransaction> BeginTransactionAsync(Action<TransactionConfigBuilder>? configure = null, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> in a read transaction, retrying it on retriable errors with exponential
    /// back-off and jitter until <see cref="Config.MaxTransactionRetryTime"/>. The work must be safe to repeat.
    /// Cancelling stops the retries and the running attempt.</summary>
    Task<T> ExecuteReadAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default);

    /// <summary>As <see cref="ExecuteReadAsync{T}"/>, in a write transaction.</summary>
    Task<T> ExecuteWriteAsync<T>(Func<IAsyncQueryRunner, Task<T>> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default);

    Task ExecuteReadAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default);

    Task ExecuteWriteAsync(Func<IAsyncQueryRunner, Task> work, Action<TransactionConfigBuilder>? configure = null,
        CancellationToken cancellationToken = default);

    /// <summary>Rolls back an open transaction, discards an open result and returns the connection. If cancelled,
    /// the connection is closed rather than cleaned up.</summary>
    Task CloseAsync(CancellationToken cancellationToken = default);
}
