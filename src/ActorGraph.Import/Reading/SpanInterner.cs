using System.Collections.Concurrent;

namespace ActorGraph.Import.Reading;

/// <summary>A bounded, thread-safe string pool looked up by span: one string per distinct text (a host seen in
/// thousands of URLs) without allocating for texts already pooled. Past <see cref="MaxEntries"/> a new string is
/// made per call.</summary>
public sealed class SpanInterner
{
    /// <summary>Strings pooled at most.</summary>
    public const int MaxEntries = 1 << 16;

    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The pooled string equal to <paramref name="text"/>.</summary>
    public string Intern(ReadOnlySpan<char> text)
    {
        var lookup = _pool.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var pooled)) return pooled;
        var made = text.ToString();
        if (Volatile.Read(ref _count) < MaxEntries && _pool.TryAdd(made, made))
        {
            Interlocked.Increment(ref _count);
            return made;
        }
        return _pool.TryGetValue(made, out pooled) ? pooled : made;
    }
}
