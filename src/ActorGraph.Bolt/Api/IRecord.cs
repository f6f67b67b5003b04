namespace ActorGraph.Bolt;

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
