using System.Runtime.CompilerServices;
using ActorGraph.Import.Canonical;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Aggregation;

/// <summary>Interns actors by their source key without allocating for keys already seen (a span lookup
/// per event side). Each new key is looked up once in the code tables (<see cref="ActorCanonicaliser"/>);
/// keys that give the same id ("IRN" and "IRN" with the name "TEHRAN"; "Hamas" and "HAMAS") are one actor.</summary>
internal sealed class ActorTable(ActorIdStyle style, int maxKeys)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<ActorEntry> _entries = [];
    // Per key: its actor (-1: the key names no actor), its spelling and its event count.
    private readonly List<(int Actor, string? Spelling, string? Code)> _keys = [];
    private long[] _keyHits = new long[256];
    private bool[] _countryTried = new bool[256];

    public IReadOnlyList<ActorEntry> Entries => _entries;

    public ActorEntry this[int index] => _entries[index];

    /// <summary>The index of the actor; -1 when the key names no actor (a role code with no country).</summary>
    /// <exception cref="ImportLimitException">More distinct actor keys than the limit.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(scoped in ActorFields fields)
    {
        var lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(fields.Key, out var slot))
        {
            if (_keys.Count >= maxKeys)
                throw new ImportLimitException($"more than {maxKeys:N0} distinct actors in the input", "--max-actors");
            slot = _keys.Count;
            _keys.Add(NewKey(fields));
            if (slot == _keyHits.Length)
            {
                Array.Resize(ref _keyHits, slot * 2);
                Array.Resize(ref _countryTried, slot * 2);
            }
            lookup[fields.Key] = slot;
        }
        _keyHits[slot]++;
        var index = _keys[slot].Actor;
        if (index >= 0 && !_countryTried[slot] && !fields.Country.IsWhiteSpace())
        {
            // A later row may name the country the first did not; looked up once per key, not per row.
            _countryTried[slot] = true;
            var known = _entries[index];
            if (known.Country is null && CountryTable.ByName(fields.Country.ToString()) is { IsRegion: false } c) known.Country = c.Code;
        }
        return index;
    }

    private (int, string?, string?) NewKey(scoped in ActorFields fields)
    {
        if (ActorCanonicaliser.Resolve(fields, style) is not { } identity) return (-1, null, null);
        if (!_byId.TryGetValue(identity.Id, out var index))
        {
            index = _entries.Count;
            _entries.Add(new ActorEntry(identity) { FirstKey = fields.Key.ToString() });
            _byId[identity.Id] = index;
        }
        var spelling = fields.Name.IsWhiteSpace() ? null : ActorIds.DisplayName(fields.Name);
        var code = style == ActorIdStyle.CameoCode ? fields.Key.Trim().ToString() : null;
        return (index, spelling, code);
    }

    /// <summary>Credits every key's spellings with its event count (call once, before aliases are made).</summary>
    private void CollectSpellings()
    {
        for (var i = 0; i < _keys.Count; i++)
        {
            var (actor, spelling, code) = _keys[i];
            if (actor < 0) continue;
            if (spelling is not null) _entries[actor].AddSpelling(spelling, _keyHits[i]);
            if (code is not null) _entries[actor].AddSpelling(code, _keyHits[i]);
        }
    }

    /// <summary>The actors, sorted by id, with aliases from their spellings (<see cref="ActorAliases"/>);
    /// <paramref name="describe"/> gives the description from an actor's first source key.</summary>
    public List<ActorGraph.Core.Model.Actor> ToActors(Func<string, string>? describe)
    {
        CollectSpellings();
        var aliases = ActorAliases.Assign(_entries);
        return [.. _entries
            .Select((e, i) => new ActorGraph.Core.Model.Actor(e.Id, e.Name, e.Kind, [.. aliases[i]], e.Country, describe?.Invoke(e.FirstKey ?? e.Id)))
            .OrderBy(a => a.Id, StringComparer.Ordinal)];
    }
}
