namespace ActorGraph.Import.Aggregation;

/// <summary>Running totals for one tie: event count, Goldstein sum, sources, first and last day,
/// and at most a fixed number of events kept as evidence.</summary>
public sealed class TieAccumulator
{
    private readonly int _maxEvidence;
    private List<(string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts)>? _evidence;

    internal TieAccumulator(int maxEvidence, int day)
    {
        _maxEvidence = maxEvidence;
        FirstDay = day;
        LastDay = day;
    }

    /// <summary>Events aggregated.</summary>
    public int Count { get; private set; }
    /// <summary>Sum of Goldstein scores.</summary>
    public double GoldsteinSum { get; private set; }
    /// <summary>Sum of the events' source counts.</summary>
    public long Sources { get; private set; }
    /// <summary>Earliest event day (<see cref="DateOnly.DayNumber"/>).</summary>
    public int FirstDay { get; private set; }
    /// <summary>Latest event day.</summary>
    public int LastDay { get; private set; }
    /// <summary>Events kept as evidence, in input order; <paramref name="describe"/> turns compact facts into drafts.</summary>
    public IEnumerable<EvidenceDraft> Evidence(Func<string, EvidenceFacts, EvidenceDraft>? describe) =>
        _evidence is null ? [] : _evidence.Select(e => e.Draft ?? describe?.Invoke(e.SourceKey, e.Facts)
            ?? new EvidenceDraft(e.SourceKey, null, e.SourceKey, null, e.Facts.Date, $"event {e.Facts.EventId}", e.Facts.Code.ToString()));

    /// <summary>True when another distinct source would still be kept.</summary>
    public bool WantsEvidence => (_evidence?.Count ?? 0) < _maxEvidence;

    internal void Add(int day, double goldstein, int sources)
    {
        Count++;
        GoldsteinSum += goldstein;
        Sources += Math.Max(0, sources);
        if (day < FirstDay) FirstDay = day;
        if (day > LastDay) LastDay = day;
    }

    /// <summary>True when a source with this key is already kept.</summary>
    public bool HasSource(ReadOnlySpan<char> sourceKey)
    {
        if (_evidence is null) return false;
        foreach (var e in _evidence) if (sourceKey.SequenceEqual(e.SourceKey)) return true;
        return false;
    }

    /// <summary>Keeps an event as evidence if there is room and its source is new.</summary>
    public void AddEvidence(EvidenceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!WantsEvidence || HasSource(draft.SourceKey)) return;
        (_evidence ??= []).Add((draft.SourceKey, draft, default));
    }

    /// <summary>Keeps an event as evidence in compact form (the hot path of large imports); the reader's
    /// describe function makes the draft when the graph is built.</summary>
    public void AddEvidence(string sourceKey, EvidenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        if (!WantsEvidence || HasSource(sourceKey)) return;
        (_evidence ??= []).Add((sourceKey, null, facts));
    }
}
