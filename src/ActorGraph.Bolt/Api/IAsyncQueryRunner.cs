namespace ActorGraph.Bolt;

/// <summary>Runs queries. Implemented by sessions (auto-commit) and transactions.</summary>
public interface IAsyncQueryRunner : IAsyncDisposable
{
    /// <summary>Runs a query with parameters: a string-keyed dictionary or a plain object (anonymous type,
    /// record) whose properties become the parameters. Never build Cypher from user input: pass it here.
    /// Cancelling closes the connection the query ran on (its state is unknown) and raises
    /// <see cref="OperationCanceledException"/>.</summary>
    Task<IResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default);

    Task<IResultCursor> RunAsync(Query query, CancellationToken cancellationToken = default);
}
