using System.Collections.Immutable;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>Brokerage roles of actors: the query behind <c>actorgraph brokerage</c>.</summary>
public static class BrokerageAnalysis
{
    /// <summary>Describes the null model, for reports.</summary>
    public const string NullModelDescription =
        "exact Gould-Fernandez expectation: other actors' clusters shuffled at random, cluster sizes and the broker's own cluster kept";

    /// <summary>Clusters <paramref name="data"/> (<see cref="ClusterAnalysis"/>), then counts each actor's chains
    /// A→B→C over DIRECTED cooperative ties (an undirected kind such as <c>meets</c> is a tie both ways; a directed
    /// kind such as <c>supports</c> runs from source to target only) with no A→C cooperative tie, by role.</summary>
    /// <param name="data">The graph.</param>
    /// <param name="clusterOptions">Clustering parameters (seed, resolution...).</param>
    /// <param name="projection">Relation filter (as-of date, confidence...); signs are fixed by this analysis.</param>
    /// <param name="actorId">When set, only this actor is reported (even with no chains).</param>
    public static BrokerageReport Run(ActorGraphData data, ClusterOptions? clusterOptions = null, ProjectionOptions? projection = null, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var clusters = ClusterAnalysis.Run(data, clusterOptions, projection);
        var directed = SignedProjection.LayerFilter(projection) with { Signs = SignSet.Cooperative, Traversal = Traversal.AsDirected };
        var graph = GraphProjection.Cached(data, directed);
        var scores = BrokerageCounter.Compute(graph.Offsets, graph.Targets, clusters.ClusterOfActor.AsSpan());

        IEnumerable<BrokerScore> chosen;
        if (actorId is not null)
        {
            var index = data.IndexOf(actorId);
            if (index < 0) throw new ArgumentException($"unknown actor '{actorId}'", nameof(actorId));
            chosen = [scores[index]];
        }
        else
        {
            chosen = scores.Where(s => s.Chains > 0)
                .OrderByDescending(s => s.Chains)
                .ThenByDescending(s => s[BrokerageRole.Liaison].Count)
                .ThenBy(s => data.Actors[s.Node].Id, StringComparer.Ordinal);
        }
        return new BrokerageReport(
            [.. chosen.Select(s => new ActorBrokerage(data.Actors[s.Node].Id, data.Actors[s.Node].Name, s.Group + 1, s.Chains, s.Roles))],
            clusters,
            NullModelDescription);
    }
}
