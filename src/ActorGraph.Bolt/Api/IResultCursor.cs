namespace ActorGraph.Bolt;

/// <summary>A streaming result: records arrive in batches of the fetch size (PULL n, repeated while the
/// server says has_more). Read it with <see cref="FetchAsync"/>/<see cref="Current"/> or
/// <see cref="ResultCursorExtensions.ToListAsync(IResultCursor, CancellationToken)"/>; <see cref="ConsumeAsync"/>
/// discards the rest. After it was consumed, reading raises <see cref="ResultConsumedException"/>.</summary>
public interface IResultCursor
{
    /// <summary>The column names (known once RunAsync returns).</summary>
    IReadOnlyList<string> Keys { get; }

    Task<string[]> KeysAsync();

    /// <summary>Moves to the next record; false at the end. Server errors (even after some records) throw here.</summary>
    Task<bool> FetchAsync(CancellationToken cancellationToken = default);

    /// <summary>The record <see cref="FetchAsync"/> moved to.</summary>
    IRecord Current { get; }

    /// <summary>The next record without moving to it, or null at the end.</summary>
    Task<IRecord?> PeekAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards the remaining records and returns the summary.</summary>
    Task<IResultSummary> ConsumeAsync(CancellationToken cancellationToken = default);

    /// <summary>False once the end was reached or the result was consumed.</summary>
    bool IsOpen { get; }
}
