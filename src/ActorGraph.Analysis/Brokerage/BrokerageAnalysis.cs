using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>Brokerage roles of actors: the query behind <c>actorgraph brokerage</c>.</summary>
public static class BrokerageAnalysis
{
    /// <summary>Describes the null model, for reports.</summary>
    public const string NullModelDescription =
        "exact Gould-Fernandez expectation: other actors' camps shuffled at random, camp sizes and the broker's own camp kept";

    /// <summary>Below this many actors, z-scores come with a caution.</summary>
    public const int SmallGraph = 50;

    /// <summary>Finds the camps (<see cref="ClusterAnalysis"/>), then counts each actor's chains A→B→C by role:
    /// chains over directed channels of contact (<see cref="TieMeaning.IsChannel"/>; an undirected kind such as
    /// <c>meets</c> is a tie both ways, a directed kind such as <c>engages</c> runs from source to target) with no
    /// channel A→C, plus, for every mediation process in scope, the chain party → mediator → other party (unless the
    /// two parties have a channel of their own). A process adds no other chain: a party is not a broker between its
    /// mediators. Two actors joined by an organisational tie (leads, part-of, member-of) count as directly tied: nobody
    /// brokers between a leader and the body it leads.</summary>
    /// <param name="data">The graph.</param>
    /// <param name="clusterOptions">Clustering parameters (seed, resolution...).</param>
    /// <param name="projection">Filter (the time scope, confidence...); signs are fixed by this analysis.</param>
    /// <param name="actorId">When set, only this actor is reported (even with no chains).</param>
    public static BrokerageReport Run(ActorGraphData data, ClusterOptions? clusterOptions = null, ProjectionOptions? projection = null, string? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var clusters = ClusterAnalysis.Run(data, clusterOptions, projection);
        var directed = SignedProjection.LayerFilter(projection) with { Signs = SignSet.Cooperative, Traversal = Traversal.AsDirected, IncludeProcesses = false };
        var graph = GraphProjection.Cached(data, directed);
        var scores = BrokerageCounter.Compute(graph.Offsets, graph.Targets, clusters.ClusterOfActor.AsSpan(), Triads(data, directed), Organisational(data, directed));

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
            NullModelDescription,
            Caution(data.Actors.Length, clusters.Clusters.Length));
    }

    /// <summary>Party → mediator → party chains of the processes in scope, by mediator index.</summary>
    private static Dictionary<int, List<(int A, int C)>> Triads(ActorGraphData data, ProjectionOptions options)
    {
        var index = SemanticIndex.Of(data);
        var date = options.Scope.FilterDate(index.LatestDate);
        var triads = new Dictionary<int, List<(int, int)>>();
        for (var p = 0; p < data.Processes.Length; p++)
        {
            var process = data.Processes[p];
            if (process.Confidence < options.MinConfidence || (date is not null && !index.ProcessHoldsAt(p, date))) continue;
            var parties = process.Parties.Select(data.IndexOf).Where(i => i >= 0).Distinct().ToArray();
            foreach (var m in process.Mediators.Select(data.IndexOf).Where(i => i >= 0).Distinct())
            {
                if (!triads.TryGetValue(m, out var list)) triads[m] = list = [];
                foreach (var a in parties)
                {
                    foreach (var c in parties)
                    {
                        if (a != c && a != m && c != m) list.Add((a, c));
                    }
                }
            }
        }
        return triads;
    }

    /// <summary>Pairs joined by an organisational tie in scope (leads, part-of, member-of), both ways: a leader and the body it
    /// leads talk directly, so nobody brokers between them.</summary>
    private static HashSet<long> Organisational(ActorGraphData data, ProjectionOptions options)
    {
        var index = SemanticIndex.Of(data);
        var pairs = new HashSet<long>();
        for (var r = 0; r < index.OwnRelations; r++)
        {
            var (s, t) = (index.Sources[r], index.Targets[r]);
            if (s < 0 || t < 0 || s == t || !TieMeaning.IsOrganisational(data.Relations[r].Kind)) continue;
            if (!(options with { Signs = SignSet.All }).AdmitsFact(index, r)) continue;
            pairs.Add(BrokerageCounter.Key(s, t));
            pairs.Add(BrokerageCounter.Key(t, s));
        }
        return pairs;
    }

    /// <summary>The small-graph caution, or null when the graph is large enough for z-scores to say something.</summary>
    public static string? Caution(int actors, int camps) =>
        actors >= SmallGraph ? null
        : $"Caution: with {actors} actors in {camps} camps, expected counts are small and z-scores mean little; read the counts and the chains themselves.";
}
