using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Mediation;

/// <summary>One mediator's evidence for a triangle: its mediation ties with each party and the enmity
/// between the parties in the same stretch of time.</summary>
internal sealed record TriangleCandidate(
    int PartyA,
    int PartyB,
    int Mediator,
    IReadOnlyList<AggregatedTie> WithA,
    IReadOnlyList<AggregatedTie> WithB,
    IReadOnlyList<AggregatedTie> Enmity,
    IReadOnlyList<AggregatedTie> DirectTalks)
{
    // Computed once: the cluster sort compares Start many times.
    public int Start { get; } = Math.Min(WithA.Min(t => t.FirstDay), WithB.Min(t => t.FirstDay));
    public int End { get; } = Math.Max(WithA.Max(t => t.LastDay), WithB.Max(t => t.LastDay));
    public int Events { get; } = WithA.Sum(t => t.Count) + WithB.Sum(t => t.Count);
    public bool Explicit { get; } = WithA.Concat(WithB).Any(t => t.Mapping.Kind == ActorGraph.Core.Model.RelationVocabulary.Mediates);
}
