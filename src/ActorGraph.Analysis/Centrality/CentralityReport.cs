using System.Collections.Immutable;
using System.Globalization;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Which centrality to rank actors by.</summary>
public enum CentralityMeasure
{
    /// <summary>Shortest-path betweenness over cooperative ties (distances as lengths); with a pair, dyad-specific betweenness.</summary>
    Betweenness,
    /// <summary>PageRank over cooperative ties in their direction (strengths as weights).</summary>
    PageRank,
    /// <summary>Number of distinct cooperative partners.</summary>
    Degree,
}

/// <summary>One ranked actor.</summary>
/// <param name="Rank">1 for the most central; equal scores share no rank (ties broken by id).</param>
/// <param name="ActorId">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Score">The measure's value: normalised betweenness (share of ordered pairs, 0..1), the share of a
/// dyad's shortest paths (0..1), PageRank (sums to 1 over all actors), or degree.</param>
/// <param name="Degree">Distinct cooperative partners, for context.</param>
public sealed record CentralityEntry(int Rank, string ActorId, string Name, double Score, int Degree);

/// <summary>A ranking of actors by a centrality measure.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="AsOf">The as-of date, if any.</param>
/// <param name="Between">The pair for dyad-specific betweenness (empty otherwise).</param>
/// <param name="ActorCount">Actors in the graph.</param>
/// <param name="Top">The top actors, best first (actors scoring 0 are left out).</param>
/// <param name="Description">What the scores mean, including sampling when used.</param>
public sealed record CentralityReport(CentralityMeasure Measure, DateOnly? AsOf, ImmutableArray<string> Between, int ActorCount,
    ImmutableArray<CentralityEntry> Top, string Description)
{
    /// <summary>Graphs with more actors than this get betweenness estimated with a stated error bound
    /// (<see cref="ApproximateBetweenness"/>, ε <see cref="EstimateEpsilon"/>, δ <see cref="EstimateDelta"/>).</summary>
    public const int ExactBetweennessLimit = 5000;

    /// <summary>ε of the estimate on the n(n−1) scale: the error bound of a score is ε · n / (n − 2).</summary>
    public const double EstimateEpsilon = 0.01;

    /// <summary>δ of the estimate: the bound holds for every actor at once with probability 1 − δ.</summary>
    public const double EstimateDelta = 0.1;

    /// <summary>For betweenness estimated on a large graph, how it was drawn and its error bound; null when exact or
    /// for another measure.</summary>
    public BetweennessEstimate? Estimate { get; init; }

    private const string BetweennessText = "Betweenness: the share of shortest chains of contact (mediation processes included) between other pairs of actors that pass through each actor (distances as lengths; normalised by (n-1)(n-2)).";

    /// <summary>Ranks the actors of <paramref name="data"/>. Cost: the projection O(V + E) plus the measure
    /// (betweenness O(V · E log V), above <see cref="ExactBetweennessLimit"/> actors estimated from r = O(ε⁻² (log VD + ln 1/δ))
    /// source→target searches with the bound in <see cref="Estimate"/>; dyad O(E log V);
    /// PageRank O(I · (V + E)); degree O(V + E)).</summary>
    /// <remarks>Every measure runs on the channels of contact, mediation processes included (each mediator tied to each
    /// party while the process holds), under the time scope given (<paramref name="asOf"/>, <paramref name="current"/>,
    /// else the whole record with older ties longer).</remarks>
    public static CentralityReport Build(ActorGraphData data, CentralityMeasure measure, DateOnly? asOf = null, (string A, string B)? between = null, int top = 10,
        bool current = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var options = new ProjectionOptions(AsOf: asOf, Current: current, Traversal: measure == CentralityMeasure.PageRank ? Traversal.AsDirected : Traversal.CooperativeBothWays);
        var graph = GraphProjection.Cached(data, options);
        var n = graph.VertexCount;
        // Partners are always counted on the undirected-for-cooperation view, whatever the measure's traversal.
        var degrees = Degree.Compute(measure == CentralityMeasure.PageRank ? GraphProjection.Cached(data, options with { Traversal = Traversal.CooperativeBothWays }) : graph);
        double[] scores;
        string description;
        ImmutableArray<string> pair = [];
        BetweennessEstimate? estimate = null;
        switch (measure)
        {
            case CentralityMeasure.Betweenness when between is { } p:
                var a = data.IndexOf(p.A);
                var b = data.IndexOf(p.B);
                if (a < 0) throw new ArgumentException($"unknown actor id '{p.A}'", nameof(between));
                if (b < 0) throw new ArgumentException($"unknown actor id '{p.B}'", nameof(between));
                scores = [.. Betweenness.Between(graph, a, b)];
                pair = [p.A, p.B];
                description = $"Share of the shortest chains of contact (mediation processes included) from {data.Actors[a].Name} to {data.Actors[b].Name} that pass through each actor (distances as lengths; ties within 1e-9 count as equal).";
                break;
            case CentralityMeasure.Betweenness when n > ExactBetweennessLimit:
                // Riondato–Kornaropoulos estimates b(v) / (n(n−1)); the report's scale is b(v) / ((n−1)(n−2)).
                var approx = ApproximateBetweenness.Compute(graph, EstimateEpsilon, EstimateDelta, seed: 1);
                var rescale = n / (n - 2.0);
                scores = [.. approx.Scores.Select(x => x * rescale)];
                estimate = new BetweennessEstimate(approx.Samples, EstimateEpsilon * rescale, 1 - EstimateDelta, approx.VertexDiameterBound);
                description = BetweennessText + string.Create(CultureInfo.InvariantCulture,
                    $" Estimated, since the graph has {n:N0} actors, from {approx.Samples:N0} shortest chains between random pairs (Riondato–Kornaropoulos, seed 1): every score is within ±{estimate.ErrorBound:0.####} of the exact value with probability {estimate.Confidence:0.##}.");
                break;
            case CentralityMeasure.Betweenness:
                var raw = Betweenness.Compute(graph);
                var norm = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 0;
                scores = [.. raw.Select(x => x * norm)];
                description = BetweennessText;
                break;
            case CentralityMeasure.PageRank:
                var pr = PageRank.Compute(graph);
                scores = [.. pr.Ranks];
                description = $"PageRank over channels of contact in their direction (a process: mediator to party), weighted by strength x confidence (damping 0.85; sums to 1; {pr.Iterations} iterations{(pr.Converged ? "" : ", not converged")}).";
                break;
            default:
                scores = [.. degrees.Select(d => (double)d.Out)];
                description = "Degree: the number of distinct actors each has a channel of contact with (mediation processes included).";
                break;
        }
        var ranked = Enumerable.Range(0, n)
            .Where(v => scores[v] > 0)
            .OrderByDescending(v => scores[v]).ThenBy(v => data.Actors[v].Id, StringComparer.Ordinal)
            .Take(top)
            .Select((v, i) => new CentralityEntry(i + 1, data.Actors[v].Id, data.Actors[v].Name, Math.Round(scores[v], 6), degrees[v].Out))
            .ToImmutableArray();
        return new CentralityReport(measure, asOf, pair, n, ranked, description) { Estimate = estimate };
    }
}
