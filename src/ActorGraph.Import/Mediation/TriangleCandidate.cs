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
    // Computed once (the cluster sort compares Start many times), in one loop: LINQ over the tie struct was a dozen
    // generic instantiations for the JIT to compile on every import.
    private readonly Summary _summary = Summary.Of(WithA, WithB);

    public int Start => _summary.Start;
    public int End => _summary.End;
    public int Events => _summary.Events;
    public bool Explicit => _summary.Explicit;

    /// <summary>True when the mediator's mediation is coded with one party only (the report gives the conflict).</summary>
    public bool OneSided => WithA.Count == 0 || WithB.Count == 0;

    /// <summary>True when every mediation tie is an announced intent (CAMEO 039, PLOVER "will mediate"): offered, not begun.</summary>
    public bool IntentOnly => _summary.IntentOnly;

    /// <summary>The span, events and codes of a candidate's ties with both sides.</summary>
    private readonly record struct Summary(int Start, int End, int Events, bool Explicit, bool IntentOnly)
    {
        public static Summary Of(IReadOnlyList<AggregatedTie> withA, IReadOnlyList<AggregatedTie> withB)
        {
            // Start and End of no tie are undefined (the LINQ minimum threw); a candidate always has one.
            if (withA.Count + withB.Count == 0) throw new InvalidOperationException("a triangle candidate needs a mediation tie");
            var summary = new Summary(int.MaxValue, int.MinValue, 0, false, true);
            for (var i = 0; i < withA.Count; i++) summary = summary.With(withA[i]);
            for (var i = 0; i < withB.Count; i++) summary = summary.With(withB[i]);
            return summary;
        }

        private Summary With(in AggregatedTie t) => new(
            Math.Min(Start, t.FirstDay),
            Math.Max(End, t.LastDay),
            Events + t.Count,
            Explicit || t.Mapping.Kind == RelationVocabulary.Mediates,
            IntentOnly && t.Mapping.Modality == Modality.Hoped);
    }
}
