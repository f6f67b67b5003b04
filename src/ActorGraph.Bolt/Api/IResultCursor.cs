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
