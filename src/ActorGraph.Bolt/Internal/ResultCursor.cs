using ActorGraph.Bolt.Messages;

namespace ActorGraph.Bolt.Internal;

/// <summary>
/// Streams one result from its connection. RUN and the first PULL {n} were sent together; each further batch
/// is another PULL while the server answers has_more [§5]. Records arrive one message at a time, so a large
/// result is never held in memory unless the session must move on to another query (then it is buffered).
/// A FAILURE, even after some records, is raised from <see cref="FetchAsync"/>.
/// </summary>
internal sealed class ResultCursor(BoltConnection connection, Query query, RecordKeys keys, IReadOnlyDictionary<string, object?> runMetadata,
    long fetchSize, IResultOwner owner) : IResultCursor
{
    private readonly Queue<IRecord> _buffer = new();
    private IRecord? _current;
    private bool _done;
    private Neo4jException? _error;
    private IResultSummary? _summary;
    private bool _consumed;

    public IReadOnlyList<string> Keys => keys.Names;

    public Task<string[]> KeysAsync() => Task.FromResult(keys.Names);

    public IRecord Current => _current ?? throw new InvalidOperationException("Call FetchAsync first, and use Current only while it returned true.");

    public bool IsOpen => _buffer.Count > 0 || !_done;

    public async Task<bool> FetchAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfConsumed();
        if (_buffer.TryDequeue(out var buffered))
        {
            _current = buffered;
            return true;
        }
        var next = await ReadNextAsync(false, cancellationToken);
        _current = next;
        return next is not null;
    }

    public async Task<IRecord?> PeekAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfConsumed();
        if (_buffer.TryPeek(out var buffered)) return buffered;
        var next = await ReadNextAsync(false, cancellationToken);
        if (next is not null) _buffer.Enqueue(next);
        return next;
    }

    public async Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _buffer.Clear();
        _consumed = true;
        _current = null;
        if (!_done)
        {
            // Read out the batch in flight; if the server has more, DISCARD it all instead of pulling.
            while (await ReadNextAsync(discard: true, cancellationToken) is not null)
            {
            }
        }
        if (_error is not null) throw _error;
        return _summary!;
    }

    /// <summary>Reads the rest into memory, so that the connection is free for the next query.</summary>
    internal async Task BufferRemainingAsync(CancellationToken ct)
    {
        while (!_done)
        {
            var next = await ReadNextAsync(false, ct);
            if (next is not null) _buffer.Enqueue(next);
        }
    }

    private void ThrowIfConsumed()
    {
        if (_consumed) throw new ResultConsumedException("The result was consumed (ConsumeAsync); run the query again to read its records.");
    }

    private async ValueTask<IRecord?> ReadNextAsync(bool discard, CancellationToken ct)
    {
        if (_done)
        {
            if (_error is not null) throw _error;
            return null;
        }
        while (true)
        {
            IResponseMessage message;
            try
            {
                message = await connection.ReadAsync(ct);
            }
            catch (Neo4jException e)
            {
                throw await FailAsync(e);
            }
            catch (OperationCanceledException e)
            {
                // The connection is broken now (mid-stream); the owner lets it go and the pool closes it.
                await FailAsync(new ResultConsumedException("The result was cancelled while reading; its connection was closed.", e));
                throw;
            }
            switch (message)
            {
                case RecordMessage record:
                    if (record.Values.Length != keys.Names.Length)
                        throw await FailAsync(new ProtocolException($"A record has {record.Values.Length} values for {keys.Names.Length} keys."));
                    if (discard) continue;
                    return new Record(keys, record.Values);
                case SuccessMessage success when success["has_more"] is true:
                    connection.Enqueue(new PullMessage(discard ? -1 : fetchSize, discard: discard));
                    try
                    {
                        await connection.FlushAsync(ct);
                    }
                    catch (Neo4jException e)
                    {
                        throw await FailAsync(e);
                    }
                    catch (OperationCanceledException e)
                    {
                        await FailAsync(new ResultConsumedException("The result was cancelled while reading; its connection was closed.", e));
                        throw;
                    }
                    continue;
                case SuccessMessage success:
                    _done = true;
                    _summary = new ResultSummary(query, connection.ServerInfo, runMetadata, success.Metadata);
                    await owner.OnResultCompletedAsync(success);
                    return null;
                case FailureMessage failure:
                    throw await FailAsync(ErrorMapper.FromFailure(failure));
                default:
                    throw await FailAsync(new ProtocolException("The server sent IGNORED for a PULL of an open result."));
            }
        }
    }

    private async Task<Neo4jException> FailAsync(Neo4jException error)
    {
        _done = true;
        _error = await owner.OnResultFailedAsync(error);
        return _error;
    }
}
