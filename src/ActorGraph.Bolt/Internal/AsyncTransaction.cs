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

    public Task<IResultCursor> RunAsync(string query, object? parameters = null, CancellationToken cancellationToken = default) =>
        RunAsync(new Query(query, RequestExtras.Parameters(parameters)), cancellationToken);

    public async Task<IResultCursor> RunAsync(Query query, CancellationToken cancellationToken = default)
    {
        var ct = cancellationToken;
        await EnsureUsableAsync(ct);
        connection.Enqueue(new RunMessage(query.Text, query.Parameters, new Dictionary<string, object?>()));
        connection.Enqueue(new PullMessage(session.FetchSize));
        try
        {
            await connection.FlushAsync(ct);
            var run = await connection.ReadSummaryAsync(ct);
            var cursor = new ResultCursor(connection, query, new RecordKeys(AsyncSession.Fields(run)), run.Metadata, session.FetchSize, this);
            _openResult = cursor;
            return cursor;
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
        catch (OperationCanceledException e)
        {
            await CancelledAsync(e);
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await EnsureUsableAsync(cancellationToken);
        connection.Enqueue(CommitMessage.Instance);
        SuccessMessage success;
        try
        {
            await connection.FlushAsync(cancellationToken);
            success = await connection.ReadSummaryAsync(cancellationToken);
        }
        catch (Neo4jException e)
        {
            throw await ((IResultOwner)this).OnResultFailedAsync(e);
        }
        catch (OperationCanceledException e)
        {
            await CancelledAsync(e); // whether the commit happened is unknown, as after a lost connection
            throw;
        }
        _closed = true;
        connection.InTransaction = false;
        await session.TransactionEndedAsync(success["bookmark"] as string);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_closed) return;
        _closed = true;
        try
        {
            if (_openResult is not null) await _openResult.ConsumeAsync(cancellationToken);
            connection.Enqueue(RollbackMessage.Instance);
            await connection.FlushAsync(cancellationToken);
            await connection.ReadSummaryAsync(cancellationToken);
            connection.InTransaction = false;
        }
        catch (Exception e) when (e is Neo4jException or OperationCanceledException)
        {
            // The pool RESETs (which also rolls back) or discards the connection; a cancelled rollback leaves it broken.
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

    private async Task CancelledAsync(OperationCanceledException e)
    {
        _openResult = null;
        _failure = new ClientException("The transaction was cancelled; its connection was closed, so it was rolled back.", e);
        if (_closed) return;
        _closed = true;
        await session.TransactionEndedAsync(null);
    }

    private async Task EnsureUsableAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (_failure is not null)
            throw new ClientException("The transaction failed earlier and was rolled back by the server; start a new one.", _failure);
        if (_closed) throw new ClientException("The transaction is already committed or rolled back.");
        if (_openResult is not null) await _openResult.BufferRemainingAsync(ct);
    }
}
