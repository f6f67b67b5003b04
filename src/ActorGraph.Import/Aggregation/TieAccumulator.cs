namespace ActorGraph.Import.Aggregation;

/// <summary>Running totals for one tie: event count, Goldstein sum, sources, first and last day,
/// and at most a fixed number of events kept as evidence.</summary>
public sealed class TieAccumulator
{
    private readonly int _maxEvidence;
    // The first evidence event lives in fields: most ties of a large import have one event, and a
    // list per tie would double their memory.
    private (string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) _first;
    private List<(string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts)>? _more;

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
        Items().Select(e => Draft(e, describe));

    /// <summary>The kept event at <paramref name="index"/> (0 ≤ index &lt; <see cref="EvidenceCount"/>) as a draft: the
    /// graph build's hot path, without an array per tie.</summary>
    internal EvidenceDraft DraftAt(int index, Func<string, EvidenceFacts, EvidenceDraft>? describe) =>
        Draft(ItemAt(index), describe);

    /// <summary>The kept event at <paramref name="index"/> as kept: its source key, and its draft or its compact facts.</summary>
    internal (string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) ItemAt(int index) =>
        index == 0 ? _first : _more![index - 1];

    internal static EvidenceDraft Draft((string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) e, Func<string, EvidenceFacts, EvidenceDraft>? describe) =>
        e.Draft ?? describe?.Invoke(e.SourceKey, e.Facts)
            ?? new EvidenceDraft(e.SourceKey, null, e.SourceKey, null, e.Facts.Date, $"event {e.Facts.EventId}", e.Facts.Code.ToString());

    private IEnumerable<(string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts)> Items()
    {
        if (_first.SourceKey is null) yield break;
        yield return _first;
        if (_more is null) yield break;
        foreach (var e in _more) yield return e;
    }

    /// <summary>Events kept as evidence.</summary>
    internal int EvidenceCount => _first.SourceKey is null ? 0 : 1 + (_more?.Count ?? 0);

    private void Keep((string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) item)
    {
        if (_first.SourceKey is null) _first = item;
        else (_more ??= []).Add(item);
    }

    /// <summary>True when another distinct source would still be kept.</summary>
    public bool WantsEvidence => EvidenceCount < _maxEvidence;

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
        if (_first.SourceKey is null) return false;
        if (sourceKey.SequenceEqual(_first.SourceKey)) return true;
        if (_more is null) return false;
        foreach (var e in _more) if (sourceKey.SequenceEqual(e.SourceKey)) return true;
        return false;
    }

    /// <summary>Keeps an event as evidence if there is room and its source is new.</summary>
    public void AddEvidence(EvidenceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!WantsEvidence || HasSource(draft.SourceKey)) return;
        Keep((draft.SourceKey, draft, default));
    }

    /// <summary>Keeps an event as evidence in compact form (the hot path of large imports); the reader's
    /// describe function makes the draft when the graph is built.</summary>
    public void AddEvidence(string sourceKey, EvidenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        if (!WantsEvidence || HasSource(sourceKey)) return;
        Keep((sourceKey, null, facts));
    }
}
