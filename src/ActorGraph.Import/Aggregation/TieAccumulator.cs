namespace ActorGraph.Import.Aggregation;

/// <summary>Running totals for one tie: event count, Goldstein sum, sources, first and last day,
/// and at most a fixed number of events kept as evidence. A handle on a row of the import's
/// <see cref="TieTable"/> (no object per tie); valid while its aggregator is.</summary>
public readonly struct TieAccumulator : IEquatable<TieAccumulator>
{
    private readonly TieTable _table;
    private readonly int _tie;

    internal TieAccumulator(TieTable table, int tie)
    {
        _table = table;
        _tie = tie;
    }

    private ref readonly TieTotals Totals => ref _table.TotalsOf(_tie);

    /// <summary>Events aggregated.</summary>
    public int Count => Totals.Count;
    /// <summary>Sum of Goldstein scores.</summary>
    public double GoldsteinSum => Totals.GoldsteinSum;
    /// <summary>Sum of the events' source counts.</summary>
    public long Sources => Totals.Sources;
    /// <summary>Earliest event day (<see cref="DateOnly.DayNumber"/>).</summary>
    public int FirstDay => Totals.FirstDay;
    /// <summary>Latest event day.</summary>
    public int LastDay => Totals.LastDay;

    /// <summary>Events kept as evidence, in input order; <paramref name="describe"/> turns compact facts into drafts.</summary>
    public IEnumerable<EvidenceDraft> Evidence(Func<string, EvidenceFacts, EvidenceDraft>? describe)
    {
        var drafts = new List<EvidenceDraft>(EvidenceCount);
        for (var item = Totals.FirstItem; item >= 0; item = _table.NextItem(item))
        {
            drafts.Add(Draft((_table.SourceKeys.ToString(_table.SourceOf(item)), _table.DraftOf(item), _table.FactsOf(item)), describe));
        }
        return drafts;
    }

    internal static EvidenceDraft Draft((string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) e, Func<string, EvidenceFacts, EvidenceDraft>? describe) =>
        e.Draft ?? describe?.Invoke(e.SourceKey, e.Facts)
            ?? new EvidenceDraft(e.SourceKey, null, e.SourceKey, null, e.Facts.Date, $"event {e.Facts.EventId}", e.Facts.Code.ToString());

    /// <summary>Events kept as evidence.</summary>
    internal int EvidenceCount => Totals.ItemCount;

    /// <summary>True when another distinct source would still be kept.</summary>
    public bool WantsEvidence => Totals.ItemCount < _table.MaxEvidence;

    /// <summary>True when a source with this key is already kept.</summary>
    public bool HasSource(ReadOnlySpan<char> sourceKey) => EvidenceCount > 0 && _table.Cites(_tie, _table.SourceKeys.Intern(sourceKey));

    /// <summary>Keeps an event as evidence if there is room and its source is new.</summary>
    public void AddEvidence(EvidenceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!WantsEvidence) return;
        var key = _table.SourceKeys.Intern(draft.SourceKey);
        if (!_table.Cites(_tie, key)) _table.Keep(_tie, key, draft, default);
    }

    /// <summary>Keeps an event as evidence in compact form (the hot path of large imports): its source key is kept once
    /// for the whole import as UTF-8 (<see cref="SourceKeys"/>), and the reader's describe function makes the draft when
    /// the evidence is read.</summary>
    public void AddEvidence(ReadOnlySpan<char> sourceKey, EvidenceFacts facts)
    {
        if (!WantsEvidence) return;
        var key = _table.SourceKeys.Intern(sourceKey);
        if (!_table.Cites(_tie, key)) _table.Keep(_tie, key, null, facts);
    }

    /// <summary><see cref="AddEvidence(ReadOnlySpan{char}, EvidenceFacts)"/> with the source key given as valid UTF-8 (as read
    /// from the file, not decoded): the key is kept as these bytes, so it must be what encoding the decoded key gives.</summary>
    public void AddEvidenceUtf8(ReadOnlySpan<byte> sourceKey, EvidenceFacts facts)
    {
        if (!WantsEvidence) return;
        var key = _table.SourceKeys.Intern(sourceKey);
        if (!_table.Cites(_tie, key)) _table.Keep(_tie, key, null, facts);
    }

    /// <summary><see cref="AddEvidenceUtf8(ReadOnlySpan{byte}, EvidenceFacts)"/> with the key's
    /// <see cref="SourceKeys.HashOf"/> already made.</summary>
    internal void AddEvidenceUtf8(ReadOnlySpan<byte> sourceKey, int hash, in EvidenceFacts facts)
    {
        if (!WantsEvidence) return;
        var key = _table.SourceKeys.Intern(sourceKey, hash);
        if (!_table.Cites(_tie, key)) _table.Keep(_tie, key, null, facts);
    }

    /// <inheritdoc />
    public bool Equals(TieAccumulator other) => ReferenceEquals(_table, other._table) && _tie == other._tie;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TieAccumulator other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _tie;

    /// <summary>Same tie.</summary>
    public static bool operator ==(TieAccumulator left, TieAccumulator right) => left.Equals(right);

    /// <summary>Not the same tie.</summary>
    public static bool operator !=(TieAccumulator left, TieAccumulator right) => !left.Equals(right);
}
