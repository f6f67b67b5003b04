namespace ActorGraph.Seed.Validation;

/// <summary>The ids of one kind of record seen so far, where each was defined, and span lookups that
/// hand back the stored id string (so a million references share one string per actor).</summary>
internal sealed class IdRegistry
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<Definition> _definitions = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public IdRegistry() => _lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _index.Count;

    public IEnumerable<string> Ids => _index.Keys;

    /// <summary>Registers a new id; false (and the first definition) when it is already taken.</summary>
    public bool TryAdd(string id, Definition where, out Definition first)
    {
        if (_index.TryGetValue(id, out var existing))
        {
            first = _definitions[existing];
            return false;
        }
        _index.Add(id, _definitions.Count);
        _definitions.Add(where);
        first = default;
        return true;
    }

    /// <summary>Makes room for <paramref name="more"/> further ids, so that a bulk load does not grow the index step by step.</summary>
    public void Reserve(int more)
    {
        _index.EnsureCapacity(_index.Count + more);
        _definitions.EnsureCapacity(_definitions.Count + more);
    }

    /// <summary>The stored id equal to <paramref name="id"/>, or null.</summary>
    public string? Find(ReadOnlySpan<char> id) => Find(id, out _);

    /// <summary>The stored id equal to <paramref name="id"/> and its registration index, or null and -1.</summary>
    public string? Find(ReadOnlySpan<char> id, out int index)
    {
        if (_lookup.TryGetValue(id, out var actualKey, out index)) return actualKey;
        index = -1;
        return null;
    }

    /// <summary>The position in registration order of a stored id, or -1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;
}
