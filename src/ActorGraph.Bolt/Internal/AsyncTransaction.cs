using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt.Internal;

/// <summary>
/// An explicit transaction on the session's connection: BEGIN was sent, every RUN takes <c>{}</c> as extra,
/// COMMIT returns the bookmark. A FAILURE ends the transaction on the server: no ROLLBACK or COMMIT is sent
/// after it, the connection is RESET instead [§6]. Before a new query or the commit, an open result is
/// buffered, so every PULL refers to the latest result and no qid is needed.
/// </summary>
internal sealed class AsyncTransaction(AsyncSession session, BoltConnection connection) : IAsyncTransaction, IResultOwner
{
    private ResultCursor? _openResult;
    private Neo4jException? _failure;
    private bool _closed;

    public Task<IResultCursor> RunAsync(string query, object? parameters = null) =>
        RunAsync(new Query(query, RequestExtras.Parameters(parameters)));

    public async Task<IResultCursor> RunAsync(Query query)
    {
        await EnsureUsableAsync();
        connection.Enqueue(new RunMessage(query.Text, query.Parameters, new Dictionary<string, object?>()));
        connection.Enqueue(new PullMessage(session.FetchSize));
        try
        {
            await connection.FlushAsync();
            var run = await connection.ReadSummaryAsync();
            var cursor = new ResultCursor(connection, query, new RecordKeys(AsyncSession.Fields(run)), run.Metadata, session.FetchSize, this);
            _openResult = cursor;
            return cursor;
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
    }

    public async Task CommitAsync()
    {
        await EnsureUsableAsync();
        connection.Enqueue(CommitMessage.Instance);
        SuccessMessage success;
        try
        {
            await connection.FlushAsync();
            success = await connection.ReadSummaryAsync();
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
        _closed = true;
        connection.InTransaction = false;
        await session.TransactionEndedAsync(success["bookmark"] as string);
    }

    public async Task RollbackAsync()
    {
        if (_closed) return;
        _closed = true;
        try
        {
            if (_openResult is not null) await _openResult.ConsumeAsync();
            connection.Enqueue(RollbackMessage.Instance);
            await connection.FlushAsync();
            await connection.ReadSummaryAsync();
            connection.InTransaction = false;
        }
        catch (Neo4jException)
        {
            // The pool RESETs (which also rolls back) or discards the connection.
        }
        await session.TransactionEndedAsync(null);
    }

    public async ValueTask DisposeAsync() => await RollbackAsync();

    Task IResultOwner.OnResultCompletedAsync(SuccessMessage summary)
    {
        _openResult = null;
        return Task.CompletedTask;
    }

    async Task<Neo4jException> IResultOwner.OnResultFailedAsync(Neo4jException error)
    {
        _openResult = null;
        _failure = session.TranslateError(connection, error);
        if (!_closed)
        {
            _closed = true;
            await session.TransactionEndedAsync(null);
        }
        return _failure;
    }

    private async Task EnsureUsableAsync()
    {
        if (_failure is not null)
            throw new ClientException("The transaction failed earlier and was rolled back by the server; start a new one.", _failure);
        if (_closed) throw new ClientException("The transaction is already committed or rolled back.");
        if (_openResult is not null) await _openResult.BufferRemainingAsync();
    }
}
