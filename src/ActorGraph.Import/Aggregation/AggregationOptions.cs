namespace ActorGraph.Import.Aggregation;

/// <summary>How events are grouped into ties.</summary>
/// <param name="WindowDays">Length of a time window in days; events of one pair and kind in the same
/// window become one tie. Windows are aligned on 0001-01-01, so a 7-day window always starts on a Monday.</param>
/// <param name="MaxEvidencePerTie">At most this many events (distinct sources) are kept as evidence per tie.</param>
/// <param name="TriangleWindowDays">Mediation events with both sides of a hostile pair count as one
/// mediation when they are at most this many days apart.</param>
public sealed record AggregationOptions(int WindowDays = 1, int MaxEvidencePerTie = 5, int TriangleWindowDays = 30)
{
    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (WindowDays < 1) throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "the window must be at least one day");
        if (MaxEvidencePerTie < 0) throw new ArgumentOutOfRangeException(nameof(MaxEvidencePerTie), MaxEvidencePerTie, "must not be negative");
        if (TriangleWindowDays < 0) throw new ArgumentOutOfRangeException(nameof(TriangleWindowDays), TriangleWindowDays, "must not be negative");
    }
}
