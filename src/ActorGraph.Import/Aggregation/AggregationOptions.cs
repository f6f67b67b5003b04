namespace ActorGraph.Import.Aggregation;

/// <summary>How events are grouped into ties.</summary>
/// <param name="WindowDays">Length of a time window in days; events of one pair and kind in the same
/// window become one tie. Windows are aligned on 0001-01-01, so a 7-day window always starts on a Monday.</param>
/// <param name="MaxEvidencePerTie">At most this many events (distinct sources) are kept as evidence per tie.</param>
/// <param name="TriangleWindowDays">Mediation events with both sides of a hostile pair count as one
/// mediation when they are at most this many days apart.</param>
/// <param name="MaxActors">At most this many distinct actor keys (codes or names); more stops the import
/// with an <see cref="Diagnostics.ImportLimitException"/>, so that memory stays bounded by the output.</param>
/// <param name="MaxTies">At most this many distinct ties; more stops the import the same way.</param>
public sealed record AggregationOptions(
    int WindowDays = 1,
    int MaxEvidencePerTie = 5,
    int TriangleWindowDays = 30,
    int MaxActors = AggregationOptions.DefaultMaxActors,
    int MaxTies = AggregationOptions.DefaultMaxTies)
{
    /// <summary>Default actor limit: far above any real file (a year of GDELT has about 150,000 actor codes).</summary>
    public const int DefaultMaxActors = 1_000_000;

    /// <summary>Default tie limit: about 3 GB of accumulators and evidence.</summary>
    public const int DefaultMaxTies = 10_000_000;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (WindowDays < 1) throw new ArgumentOutOfRangeException(nameof(WindowDays), WindowDays, "the window must be at least one day");
        if (MaxEvidencePerTie < 0) throw new ArgumentOutOfRangeException(nameof(MaxEvidencePerTie), MaxEvidencePerTie, "must not be negative");
        if (MaxActors < 1) throw new ArgumentOutOfRangeException(nameof(MaxActors), MaxActors, "must be at least 1");
        if (MaxTies < 1) throw new ArgumentOutOfRangeException(nameof(MaxTies), MaxTies, "must be at least 1");
        if (TriangleWindowDays < 0) throw new ArgumentOutOfRangeException(nameof(TriangleWindowDays), TriangleWindowDays, "must not be negative");
    }
}
