namespace ActorGraph.Import.Aggregation;

/// <summary>Interns actors by their key without allocating for actors already seen: a span lookup per
/// event side. Keys that differ but give the same id ("HAMAS", "Hamas") are one actor.</summary>
internal sealed class ActorTable(ActorIdStyle style)
{
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<ActorEntry> _entries = [];

    public IReadOnlyList<ActorEntry> Entries => _entries;

    public ActorEntry this[int index] => _entries[index];

    /// <summary>The index of the actor; -1 when no id can be derived from the key.</summary>
    public int Intern(scoped in ActorFields fields)
    {
        var lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(fields.Key, out var index))
        {
            var known = _entries[index];
            if (known.Country is null && !fields.Country.IsWhiteSpace()) known.Country = fields.Country.Trim().ToString();
            return index;
        }

        var key = fields.Key.ToString();
        var id = style == ActorIdStyle.CameoCode ? ActorIds.FromCameoCode(fields.Key) : ActorIds.FromName(fields.Key);
        if (id.Length == 0) return -1;
        if (_byId.TryGetValue(id, out index))
        {
            _entries[index].OtherKeys.Add(key);
            if (_entries[index].Country is null && !fields.Country.IsWhiteSpace()) _entries[index].Country = fields.Country.Trim().ToString();
        }
        else
        {
            index = _entries.Count;
            var name = fields.Name.IsWhiteSpace() ? key : ActorIds.DisplayName(fields.Name);
            var country = fields.Country.IsWhiteSpace() ? null : fields.Country.Trim().ToString();
            var kind = style == ActorIdStyle.CameoCode
                ? ActorKinds.FromCameo(fields.Key, fields.Country, fields.Group, fields.Type)
                : ActorKinds.FromSectors(fields.Key, fields.Country, fields.Group);
            _entries.Add(new ActorEntry(id, key, name, country, kind));
            _byId[id] = index;
        }
        _byKey[key] = index;
        return index;
    }
}
