namespace ActorGraph.Bolt.Internal;

/// <summary>An executable query: a session per execution, a managed transaction (retried), every record read and
/// mapped, the summary kept. Bookmarks go through the configured manager (the driver's by default).</summary>
internal sealed class ExecutableQuery<TIn, TOut>(Driver driver, string cypher, object? parameters, QueryConfig config,
    Func<IRecord, TOut> map, Func<TOut, bool>? filter) : IExecutableQuery<TIn, TOut>
{
    public IExecutableQuery<TIn, TOut> WithParameters(object parameters) => new ExecutableQuery<TIn, TOut>(driver, cypher, parameters, config, map, filter);

    public IExecutableQuery<TIn, TOut> WithConfig(QueryConfig config) => new ExecutableQuery<TIn, TOut>(driver, cypher, parameters, config, map, filter);

    public IExecutableQuery<TIn, TNext> WithMap<TNext>(Func<TOut, TNext> next)
    {
        if (filter is not null) throw new InvalidOperationException("Map before filtering: WithMap(...).WithFilter(...).");
        return new ExecutableQuery<TIn, TNext>(driver, cypher, parameters, config, r => next(map(r)), null);
    }

    public IExecutableQuery<TIn, TOut> WithFilter(Func<TOut, bool> keep) =>
        new ExecutableQuery<TIn, TOut>(driver, cypher, parameters, config, map, filter is null ? keep : v => filter(v) && keep(v));

    public async Task<EagerResult<IReadOnlyList<TOut>>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var mode = config.Routing == RoutingControl.Readers ? AccessMode.Read : AccessMode.Write;
        await using var session = driver.AsyncSession(o =>
        {
            o.WithDefaultAccessMode(mode);
            if (config.Database is { } db) o.WithDatabase(db);
            if (config.ImpersonatedUser is { } user) o.WithImpersonatedUser(user);
            if (config.EnableBookmarkManager) o.WithBookmarkManager(config.BookmarkManager ?? driver.ExecutableQueryBookmarkManager);
        });
        async Task<EagerResult<IReadOnlyList<TOut>>> Work(IAsyncQueryRunner tx)
        {
            var cursor = await tx.RunAsync(cypher, parameters, cancellationToken);
            var values = new List<TOut>();
            while (await cursor.FetchAsync(cancellationToken))
            {
                var value = map(cursor.Current);
                if (filter is null || filter(value)) values.Add(value);
            }
            var summary = await cursor.ConsumeAsync(cancellationToken);
            return new EagerResult<IReadOnlyList<TOut>>(values, summary, [.. cursor.Keys]);
        }
        return mode == AccessMode.Read
            ? await session.ExecuteReadAsync(Work, null, cancellationToken)
            : await session.ExecuteWriteAsync(Work, null, cancellationToken);
    }
}
