namespace ActorGraph.Import.Aggregation;

/// <summary>Running totals for one tie: event count, Goldstein sum, sources, first and last day,
/// and at most a fixed number of events kept as evidence.</summary>
public sealed class TieAccumulator
{
    private readonly int _maxEvidence;
    private readonly SourceKeys _keys;
    // The first evidence event lives in fields: most ties of a large import have one event, and a
    // list per tie would double their memory. Source keys are numbers in the import's SourceKeys.
    private (int SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) _first = (-1, null, default);
    private List<(int SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts)>? _more;

    internal TieAccumulator(int maxEvidence, int day, SourceKeys keys)
    {
        _maxEvidence = maxEvidence;
        _keys = keys;
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
        Items().Select(e => Draft((_keys.ToString(e.SourceKey), e.Draft, e.Facts), describe));

    /// <summary>The kept event at <paramref name="index"/> as kept: its source key's number, and its draft or its compact facts.</summary>
    internal (int SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) ItemAt(int index) =>
        index == 0 ? _first : _more![index - 1];

    internal static EvidenceDraft Draft((string SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) e, Func<string, EvidenceFacts, EvidenceDraft>? describe) =>
        e.Draft ?? describe?.Invoke(e.SourceKey, e.Facts)
            ?? new EvidenceDraft(e.SourceKey, null, e.SourceKey, null, e.Facts.Date, $"event {e.Facts.EventId}", e.Facts.Code.ToString());

    private IEnumerable<(int SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts)> Items()
    {
        if (_first.SourceKey < 0) yield break;
        yield return _first;
        if (_more is null) yield break;
        foreach (var e in _more) yield return e;
    }

    /// <summary>Events kept as evidence.</summary>
    internal int EvidenceCount => _first.SourceKey < 0 ? 0 : 1 + (_more?.Count ?? 0);

    private void Keep((int SourceKey, EvidenceDraft? Draft, EvidenceFacts Facts) item)
    {
        if (_first.SourceKey < 0) _first = item;
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
    public bool HasSource(ReadOnlySpan<char> sourceKey) => EvidenceCount > 0 && HasSource(_keys.Intern(sourceKey));

    private bool HasSource(int key)
    {
        if (_first.SourceKey == key) return true;
        if (_more is null) return false;
        foreach (var e in _more) if (e.SourceKey == key) return true;
        return false;
    }

    /// <summary>Keeps an event as evidence if there is room and its source is new.</summary>
    public void AddEvidence(EvidenceDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!WantsEvidence) return;
        var key = _keys.Intern(draft.SourceKey);
        if (!HasSource(key)) Keep((key, draft, default));
    }

    /// <summary>Keeps an event as evidence in compact form (the hot path of large imports): its source key is kept once
    /// for the whole import as UTF-8 (<see cref="SourceKeys"/>), and the reader's describe function makes the draft when
    /// the evidence is read.</summary>
    public void AddEvidence(ReadOnlySpan<char> sourceKey, EvidenceFacts facts)
    {
        if (!WantsEvidence) return;
        var key = _keys.Intern(sourceKey);
        if (!HasSource(key)) Keep((key, null, facts));
    }
}
