using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Mediation;

/// <summary>What <see cref="MediatorFinder"/> should consider.</summary>
/// <param name="AsOf">Only ties and processes known and valid on this date; null = the whole record (current processes
/// first, then past ones).</param>
/// <param name="Partition">Optional group (cluster) per actor id, for Gould-Fernandez roles; without it roles are
/// relative to the two sides only.</param>
/// <param name="MaxCandidates">Most structural candidates and involved actors listed (each), best first.</param>
/// <param name="MinConfidence">Ties less certain than this are ignored.</param>
/// <param name="Distance">The distance model, for the recency penalty; null = default.</param>
/// <param name="Current">Only what holds at the latest date on record (no history).</param>
public sealed record MediatorQuery(DateOnly? AsOf = null, IReadOnlyDictionary<string, int>? Partition = null, int MaxCandidates = 10,
    double MinConfidence = 0, DistanceModel? Distance = null, bool Current = false)
{
    /// <summary>The cooperative projection options the query filters ties with.</summary>
    public ProjectionOptions ToProjection() => new(AsOf: AsOf, MinConfidence: MinConfidence, Distance: Distance, Current: Current);
}
