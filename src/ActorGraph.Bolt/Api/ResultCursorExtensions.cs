namespace ActorGraph.Bolt;

/// <summary>Conveniences over <see cref="IResultCursor"/>.</summary>
public static class ResultCursorExtensions
{
    public static async Task<List<IRecord>> ToListAsync(this IResultCursor cursor, CancellationToken cancellationToken = default)
    {
        var list = new List<IRecord>();
        while (await cursor.FetchAsync(cancellationToken)) list.Add(cursor.Current);
        return list;
    }

    public static async Task<List<T>> ToListAsync<T>(this IResultCursor cursor, Func<IRecord, T> map, CancellationToken cancellationToken = default)
    {
        var list = new List<T>();
        while (await cursor.FetchAsync(cancellationToken)) list.Add(map(cursor.Current));
        return list;
    }

    /// <summary>The only record; throws <see cref="InvalidOperationException"/> for none or several.</summary>
    public static async Task<IRecord> SingleAsync(this IResultCursor cursor, CancellationToken cancellationToken = default)
    {
        if (!await cursor.FetchAsync(cancellationToken)) throw new InvalidOperationException("The result is empty; exactly one record was expected.");
        var record = cursor.Current;
        if (await cursor.FetchAsync(cancellationToken)) throw new InvalidOperationException("The result has more than one record; exactly one was expected.");
        return record;
    }
}
