using ActorGraph.Bolt;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j;

/// <summary>
/// The actor graph in Neo4j (schema in docs/neo4j.md). <see cref="ReplaceAsync"/> loads a graph idempotently:
/// it records a <c>:LoadRun {status: 'running'}</c>, MERGEs nodes and relationships on their ids with
/// parameterised <c>UNWIND $rows</c> batches (one managed write transaction per batch, so transient errors are
/// retried), then removes what an earlier load of the same origin wrote and this one did not, and marks the run
/// 'succeeded'. An interrupted load leaves the run 'running' (or 'failed' when the failure could be recorded);
/// running it again converges. Unlike the embedded store a load is not atomic for readers: a query during a load
/// sees a mix of old and new.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly IDriver _driver;
    private readonly Neo4jStoreOptions _options;
    private readonly TimeProvider _time;

    public Neo4jGraphStore(IDriver driver, Neo4jStoreOptions? options = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(driver);
        _driver = driver;
        _options = options ?? new Neo4jStoreOptions();
        if (_options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "The batch size is at least 1.");
        _time = time ?? TimeProvider.System;
    }

    public string Description => _options.Description;

    /// <summary>Creates the unique-id constraints and the relationship id indexes, if they do not exist.</summary>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        await using var session = OpenSession(AccessMode.Write);
        foreach (var statement in Neo4jStatements.Constraints)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await (await session.RunAsync(statement)).ConsumeAsync();
        }
        foreach (var statement in Neo4jStatements.RelationshipIndexes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await (await session.RunAsync(statement)).ConsumeAsync();
            }
            catch (ClientException e) when (e is not AuthenticationException and not SecurityException)
            {
                // Servers before 4.3 have no relationship property indexes: loads still work, only slower look-ups.
            }
        }
    }

    /// <inheritdoc />
    public async Task ReplaceAsync(ActorGraphData data, string origin, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        var plan = LoadPlan.Create(data, _options.BatchSize);
        await EnsureSchemaAsync(cancellationToken);

        var run = Guid.NewGuid().ToString("N");
        await using var session = OpenSession(AccessMode.Write);
        await session.ExecuteWriteAsync(tx => ConsumeAsync(tx, Neo4jStatements.StartRun, new Dictionary<string, object?>
        {
            ["run"] = run, ["origin"] = origin, ["startedAt"] = _time.GetUtcNow(),
            ["actors"] = data.Actors.Length, ["relations"] = data.Relations.Length,
            ["processes"] = data.Processes.Length, ["sources"] = data.Sources.Length,
        }));
        try
        {
            foreach (var stage in plan.Stages)
            {
                long done = 0;
                progress?.Report(new StoreProgress(stage.Name, 0, stage.Total));
                foreach (var batch in stage.Batches)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var parameters = new Dictionary<string, object?> { ["rows"] = batch.Rows, ["origin"] = origin, ["run"] = run };
                    await session.ExecuteWriteAsync(tx => ConsumeAsync(tx, batch.Statement, parameters));
                    done += batch.Rows.Count;
                    progress?.Report(new StoreProgress(stage.Name, done, stage.Total));
                }
            }
            var removed = await RemoveStaleAsync(session, origin, run, progress, cancellationToken);
            await FinishAsync(session, run, "succeeded", removed, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await TryFinishAsync(session, run, e.Message);
            throw;
        }
        catch (OperationCanceledException)
        {
            await TryFinishAsync(session, run, "cancelled");
            throw;
        }
    }

    /// <inheritdoc />
    public async Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        await using var session = OpenSession(AccessMode.Read);
        return await session.ExecuteReadAsync(async tx =>
        {
            var version = await (await tx.RunAsync(Neo4jStatements.ReadVersion)).SingleAsync();
            var data = await Neo4jSnapshotReader.ReadAsync(tx, cancellationToken);
            var loadedAt = version["finishedAt"] switch
            {
                ZonedDateTime z => z.ToDateTimeOffset(),
                _ => DateTimeOffset.MinValue,
            };
            return new GraphSnapshot(data, version["version"] as long? ?? 0, loadedAt, _options.Description);
        });
    }

    private IAsyncSession OpenSession(AccessMode mode) => _driver.AsyncSession(o =>
    {
        o.WithDefaultAccessMode(mode);
        if (_options.Database is { } db) o.WithDatabase(db);
    });

    private static async Task<long> RemoveStaleAsync(IAsyncSession session, string origin, string run, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        long removed = 0;
        foreach (var statement in new[] { Neo4jStatements.RemoveStaleRelationships, Neo4jStatements.RemoveStaleNodes })
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var parameters = new Dictionary<string, object?> { ["origin"] = origin, ["run"] = run, ["limit"] = 10_000 };
                var count = await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync(statement, parameters)).SingleAsync()).Get<long>("removed"));
                removed += count;
                progress?.Report(new StoreProgress("stale removed", removed, null));
                if (count == 0) break;
            }
        }
        return removed;
    }

    private Task FinishAsync(IAsyncSession session, string run, string status, long removed, string? error) =>
        session.ExecuteWriteAsync(tx => ConsumeAsync(tx, Neo4jStatements.FinishRun, new Dictionary<string, object?>
        {
            ["run"] = run, ["status"] = status, ["finishedAt"] = _time.GetUtcNow(), ["removed"] = removed, ["error"] = error,
        }));

    /// <summary>Records the failure if the server is still reachable; if not, the run stays 'running'. One attempt,
    /// without the managed-transaction retries: the load has already spent its retry budget, and a second budget
    /// here would only delay the original failure, which is what the caller must see.</summary>
    private async Task TryFinishAsync(IAsyncSession session, string run, string error)
    {
        try
        {
            var parameters = new Dictionary<string, object?>
            {
                ["run"] = run, ["status"] = "failed", ["finishedAt"] = _time.GetUtcNow(), ["removed"] = 0L,
                ["error"] = error.Length > 500 ? error[..500] : error,
            };
            await (await session.RunAsync(Neo4jStatements.FinishRun, parameters)).ConsumeAsync();
        }
        catch (Exception e) when (e is Neo4jException or IOException or InvalidOperationException or ObjectDisposedException)
        {
            // The original failure is what the caller must see.
        }
    }

    private static async Task ConsumeAsync(IAsyncQueryRunner tx, string statement, IReadOnlyDictionary<string, object?> parameters) =>
        await (await tx.RunAsync(statement, parameters)).ConsumeAsync();
}
