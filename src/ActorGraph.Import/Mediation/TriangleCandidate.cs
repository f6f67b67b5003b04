using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Mediation;

/// <summary>One mediator's evidence for a triangle: its mediation ties with each party and the enmity
/// between the parties in the same stretch of time.</summary>
/// <param name="CoReportedBy">The source id of the one report that codes the mediator's explicit mediation with
/// both parties, or with one party and that party's conflict with the other; null for a triangle assembled from
/// separate reports under the sustained-opposition rule.</param>
internal sealed record TriangleCandidate(
    int PartyA,
    int PartyB,
    int Mediator,
    IReadOnlyList<AggregatedTie> WithA,
    IReadOnlyList<AggregatedTie> WithB,
    IReadOnlyList<AggregatedTie> Enmity,
    IReadOnlyList<AggregatedTie> DirectTalks,
    string? CoReportedBy = null)
{
    // Computed once: the cluster sort compares Start many times.
    public int Start { get; } = WithA.Concat(WithB).Min(t => t.FirstDay);
    public int End { get; } = WithA.Concat(WithB).Max(t => t.LastDay);
    public int Events { get; } = WithA.Sum(t => t.Count) + WithB.Sum(t => t.Count);
    public bool Explicit { get; } = WithA.Concat(WithB).Any(t => t.Mapping.Kind == RelationVocabulary.Mediates);

    /// <summary>True when the mediator's mediation is coded with one party only (the report gives the conflict).</summary>
    public bool OneSided => WithA.Count == 0 || WithB.Count == 0;

    /// <summary>True when every mediation tie is an announced intent (CAMEO 039, PLOVER "will mediate"): offered, not begun.</summary>
    public bool IntentOnly { get; } = WithA.Concat(WithB).All(t => t.Mapping.Modality == Modality.Hoped);
}
