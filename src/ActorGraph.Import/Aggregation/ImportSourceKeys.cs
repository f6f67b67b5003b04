namespace ActorGraph.Import.Aggregation;

/// <summary>The source keys of a built import, numbered in tie order (the order of the sources' first citing evidence
/// item, which gives each source its title and date), over the <see cref="SourceKeys"/> the aggregation filled.</summary>
/// <remarks>Read-only once made; safe to read from any thread.</remarks>
public sealed class ImportSourceKeys
{
    private readonly SourceKeys _keys;
    private readonly int[] _keyOf;

    /// <summary>Source s's key is number <paramref name="keyOf"/>[s] of <paramref name="keys"/> (the array is not copied).</summary>
    public ImportSourceKeys(SourceKeys keys, int[] keyOf)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(keyOf);
        _keys = keys;
        _keyOf = keyOf;
    }

    /// <summary>How many sources.</summary>
    public int Count => _keyOf.Length;

    /// <summary>The keys the aggregation interned, by their own numbers (input order).</summary>
    internal SourceKeys Keys => _keys;

    /// <summary>Source s's number in <see cref="Keys"/>.</summary>
    internal ReadOnlySpan<int> KeyOf => _keyOf;

    /// <summary>Source <paramref name="source"/>'s key as UTF-8.</summary>
    public ReadOnlySpan<byte> Bytes(int source) => _keys.Bytes(_keyOf[source]);

    /// <summary>Source <paramref name="source"/>'s key (a string made anew on each call).</summary>
    public string this[int source] => _keys.ToString(_keyOf[source]);

    /// <summary>The source whose key is <paramref name="key"/>, or -1. O(sources) after the hash lookup; called once per import.</summary>
    public int IndexOf(string key)
    {
        var number = _keys.Find(key);
        return number < 0 ? -1 : Array.IndexOf(_keyOf, number);
    }
}
