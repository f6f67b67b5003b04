using System.Collections.Concurrent;

namespace ActorGraph.Import.Reading;

/// <summary>A bounded, thread-safe cache of texts made from small keys, so that the millions of evidence notes,
/// titles and hosts of a large import that repeat (a few hundred codes and scores, a few thousand hosts and
/// days) share one string each instead of one per event. Past <see cref="MaxEntries"/> texts are made and not
/// kept: memory stays bounded whatever the input.</summary>
/// <typeparam name="TKey">What the text is made from; equal keys must make equal texts.</typeparam>
public sealed class TextCache<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    /// <summary>Texts kept at most.</summary>
    public const int MaxEntries = 1 << 16;

    private readonly ConcurrentDictionary<TKey, string> _texts = new(comparer);
    private int _count;

    /// <summary>The text for <paramref name="key"/>: the kept one, or <paramref name="make"/>'s (kept while there is room).</summary>
    public string Get<TState>(TKey key, TState state, Func<TKey, TState, string> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (_texts.TryGetValue(key, out var text)) return text;
        text = make(key, state);
        if (Volatile.Read(ref _count) < MaxEntries && _texts.TryAdd(key, text)) Interlocked.Increment(ref _count);
        return text;
    }
}
