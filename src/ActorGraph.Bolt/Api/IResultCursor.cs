namespace ActorGraph.Bolt;

/// <summary>A streaming result: records arrive in batches of the fetch size (PULL n, repeated while the
/// server says has_more). Read it with <see cref="FetchAsync"/>/<see cref="Current"/> or
/// <see cref="ResultCursorExtensions.ToListAsync(IResultCursor)"/>; <see cref="ConsumeAsync"/> discards the rest.</summary>
public interface IResultCursor
{
    /// <summary>The column names (known once RunAsync returns).</summary>
    IReadOnlyList<string> Keys { get; }

    Task<string[]> KeysAsync();

    /// <summary>Moves to the next record; false at the end. Server errors (even after some records) throw here.</summary>
    Task<bool> FetchAsync();

    /// <summary>The record <see cref="FetchAsync"/> moved to.</summary>
    IRecord Current { get; }

    /// <summary>The next record without moving to it, or null at the end.</summary>
    Task<IRecord?> PeekAsync();

    /// <summary>Discards the remaining records and returns the summary.</summary>
    Task<IResultSummary> ConsumeAsync();

    /// <summary>False once the end was reached or the result was consumed.</summary>
    bool IsOpen { get; }
}

/// <summary>Conveniences over <see cref="IResultCursor"/>.</summary>
public static class ResultCursorExtensions
{
    public static async Task<List<IRecord>> ToListAsync(this IResultCursor cursor)
    {
        var list = new List<IRecord>();
        while (await cursor.FetchAsync()) list.Add(cursor.Current);
        return list;
    }

    public static async Task<List<T>> ToListAsync<T>(this IResultCursor cursor, Func<IRecord, T> map)
    {
        var list = new List<T>();
        while (await cursor.FetchAsync()) list.Add(map(cursor.Current));
        return list;
    }

    /// <summary>The only record; throws <see cref="InvalidOperationException"/> for none or several.</summary>
    public static async Task<IRecord> SingleAsync(this IResultCursor cursor)
    {
        if (!await cursor.FetchAsync()) throw new InvalidOperationException("The result is empty; exactly one record was expected.");
        var record = cursor.Current;
        if (await cursor.FetchAsync()) throw new InvalidOperationException("The result has more than one record; exactly one was expected.");
        return record;
    }
}

/// <summary>One row: values by column name or position.</summary>
public interface IRecord
{
    object? this[int index] { get; }

    /// <summary>Throws <see cref="KeyNotFoundException"/> naming the known keys when absent.</summary>
    object? this[string key] { get; }

    IReadOnlyList<string> Keys { get; }

    /// <summary>Values by key, in column order.</summary>
    IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>The value converted to <typeparamref name="T"/>: integers to int/long/double (checked),
    /// temporal values to DateOnly/DateTime/DateTimeOffset/TimeSpan, lists and maps element-wise.</summary>
    T Get<T>(string key);

    T Get<T>(int index);

    bool TryGet<T>(string key, out T value);
}

/// <summary>What the server reported at the end of a result.</summary>
public interface IResultSummary
{
    Query Query { get; }

    /// <summary>r, w, rw or s, as <see cref="QueryType"/>.</summary>
    QueryType QueryType { get; }

    ICounters Counters { get; }

    IServerInfo Server { get; }

    /// <summary>The database that ran the query, when the server said.</summary>
    string? Database { get; }

    TimeSpan ResultAvailableAfter { get; }

    TimeSpan ResultConsumedAfter { get; }

    /// <summary>The raw summary metadata (notifications, statuses, plan ...).</summary>
    IReadOnlyDictionary<string, object?> Metadata { get; }
}

public enum QueryType
{
    Unknown,
    ReadOnly,
    ReadWrite,
    WriteOnly,
    SchemaWrite,
}

/// <summary>Update statistics of a query.</summary>
public interface ICounters
{
    bool ContainsUpdates { get; }
    int NodesCreated { get; }
    int NodesDeleted { get; }
    int RelationshipsCreated { get; }
    int RelationshipsDeleted { get; }
    int PropertiesSet { get; }
    int LabelsAdded { get; }
    int LabelsRemoved { get; }
    int IndexesAdded { get; }
    int IndexesRemoved { get; }
    int ConstraintsAdded { get; }
    int ConstraintsRemoved { get; }
    int SystemUpdates { get; }
}
