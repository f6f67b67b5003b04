using System.Collections.Immutable;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Clusters;

/// <summary>Influence clusters of an actor graph: the query behind <c>actorgraph clusters</c>.</summary>
public static class ClusterAnalysis
{
    /// <summary>Projects <paramref name="data"/> into alignment and opposition layers (see <see cref="SignedProjection"/>),
    /// clusters it into camps with <see cref="CommunityDetection"/>, and reports the camps, why each actor is in its camp,
    /// modularity, frustration and the component counts of the contact layer.</summary>
    /// <remarks>O(E log V) for the clustering plus O(V log V) to order the output.</remarks>
    public static ClusterReport Run(ActorGraphData data, ClusterOptions? options = null, ProjectionOptions? projection = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new ClusterOptions();
        options.Validate();
        var filter = SignedProjection.LayerFilter(projection);
        var ties = SignedProjection.Ties(data, filter);
        var graph = SignedProjection.Build(ties, data.Actors.Length);
        var membership = CommunityDetection.Run(graph, options);

        var cooperative = filter with { Signs = SignSet.Cooperative };
        var weak = ConnectedComponents.Weak(GraphProjection.Cached(data, cooperative with { Traversal = Traversal.Undirected }));
        var strong = ConnectedComponents.Strong(GraphProjection.Cached(data, cooperative with { Traversal = Traversal.AsDirected }));

        var clusters = Describe(data, graph, membership, out var clusterOfActor);
        return new ClusterReport(
            clusters,
            clusterOfActor,
            PartitionQuality.Modularity(graph, membership),
            PartitionQuality.SignedModularity(graph, membership, options.Resolution, options.HostileWeight),
            PartitionQuality.Frustration(graph, membership),
            data.Actors.Length,
            graph.PositiveEdgeCount,
            graph.NegativeEdgeCount,
            clusters.Count(c => c.Size == 1),
            weak.Count,
            strong.Count,
            options,
            filter.AsOf,
            CampReasons.Explain(data, ties, clusterOfActor));
    }

    private static ImmutableArray<ActorCluster> Describe(ActorGraphData data, SignedGraph graph, int[] membership, out ImmutableArray<int> clusterOfActor)
    {
        var n = graph.NodeCount;
        var k = n == 0 ? 0 : membership.Max() + 1;
        var members = new List<int>[k];
        for (var c = 0; c < k; c++) members[c] = [];
        var strengthInside = new double[n]; // per actor: cooperative strength to its own cluster
        var tiesInside = new int[k];
        var weightInside = new double[k];
        var hostileInside = new int[k];
        var outward = new int[k];
        for (var v = 0; v < n; v++)
        {
            var c = membership[v];
            members[c].Add(v);
            var targets = graph.PositiveNeighbours(v);
            var weights = graph.PositiveWeights(v);
            for (var i = 0; i < targets.Length; i++)
            {
                var u = targets[i];
                if (membership[u] != c)
                {
                    outward[c]++;
                    continue;
                }
                strengthInside[v] += weights[i];
                if (u < v) continue;
                tiesInside[c]++;
                weightInside[c] += weights[i];
            }
            foreach (var u in graph.NegativeNeighbours(v))
            {
                if (u > v && membership[u] == c) hostileInside[c]++;
            }
        }

        var order = Enumerable.Range(0, k)
            .OrderByDescending(c => members[c].Count)
            .ThenByDescending(c => weightInside[c])
            .ThenBy(c => members[c][0])
            .ToArray();
        var rank = new int[k];
        for (var i = 0; i < k; i++) rank[order[i]] = i;
        var of = new int[n];
        for (var v = 0; v < n; v++) of[v] = rank[membership[v]];
        clusterOfActor = [.. of];

        return [.. order.Select((c, i) => new ActorCluster(
            i + 1,
            [.. members[c].OrderByDescending(v => strengthInside[v]).ThenBy(v => v).Select(v => data.Actors[v].Id)],
            tiesInside[c],
            weightInside[c],
            hostileInside[c],
            outward[c]))];
    }
}
