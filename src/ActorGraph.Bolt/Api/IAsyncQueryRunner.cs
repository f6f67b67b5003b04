namespace ActorGraph.Bolt;

/// <summary>Runs queries. Implemented by sessions (auto-commit) and transactions.</summary>
public interface IAsyncQueryRunner : IAsyncDisposable
{
    /// <summary>Runs a query with parameters: a string-keyed dictionary or a plain object (anonymous type,
    /// record) whose properties become the parameters. Never build Cypher from user input: pass it here.</summary>
    Task<IResultCursor> RunAsync(string query, object? parameters = null);

    Task<IResultCursor> RunAsync(Query query);
}
