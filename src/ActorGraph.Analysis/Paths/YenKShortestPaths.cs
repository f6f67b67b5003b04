using System.Runtime.InteropServices;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Paths;

/// <summary>Yen's k shortest loopless paths on a <see cref="CompactGraph"/> (distances as lengths), with
/// Lawler's refinement (spur only from where a path left its parent) and a bidirectional array Dijkstra
/// (binary heaps, stopping when the frontiers meet optimally) for each spur, switched to A* guided by exact
/// distances to the target (one reverse Dijkstra, O((V + E) log V)) if the spur searches together settle
/// as many vertices as the graph has. Cost O(k · L · D) where L is the path length in hops and D one spur
/// search, which on small-world graphs explores two small balls rather than one large one.</summary>
public static class YenKShortestPaths
{
    /// <summary>The reverse search that provides the A* potential stops at this multiple of the shortest distance; beyond it
    /// vertices get the radius as a (weaker, still consistent) bound.</summary>
    public const double PotentialRadius = 1.25;

    /// <summary>Up to <paramref name="k"/> loopless paths from <paramref name="source"/> to <paramref name="target"/>,
    /// cheapest first (costs non-decreasing; equal costs ordered by hops then vertex sequence). When
    /// <paramref name="maxHops"/> is set, longer paths are skipped; at most <paramref name="maxExamined"/>
    /// paths are generated in all, so the result may hold fewer than k paths. <paramref name="aStarAfterWork"/> is the number
    /// of settled vertices after which spur searches switch to A* (default V; 0 = from the first spur; long.MaxValue = never).</summary>
    public static IReadOnlyList<GraphPath> Find(CompactGraph graph, int source, int target, int k, int? maxHops = null, int maxExamined = 0, DijkstraSearch? search = null, long? aStarAfterWork = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if ((uint)source >= (uint)graph.VertexCount) throw new ArgumentOutOfRangeException(nameof(source));
        if ((uint)target >= (uint)graph.VertexCount) throw new ArgumentOutOfRangeException(nameof(target));
        if (source == target) return [];
        if (maxExamined <= 0) maxExamined = maxHops is null ? k : Math.Max(50, 20 * k);
        search ??= new DijkstraSearch(graph);
        search.ClearBlocks();
        search.SetPotential(null);
        // Spur searches are bidirectional Dijkstra. If their total work passes the size of the graph, exact distances to
        // the target (one reverse search, about one full Dijkstra) guide the rest as A*: blocking only lengthens paths, so those distances stay a
        // consistent lower bound, and each search then explores little beyond the near-shortest paths. Switching when
        // the plain searches have cost about as much as the reverse search keeps both cheap cases cheap (a target
        // found quickly, e.g. a hub; or a far target, where A* wins).
        // With a hop limit, the fewest hops from each vertex to the target (blocking can only add hops) rule out
        // spur nodes that cannot finish within the limit, and the whole query when the source cannot.
        var hopsLeft = maxHops is null ? null : HopDistance.ToTarget(graph, target);
        if (hopsLeft is not null && (hopsLeft[source] < 0 || hopsLeft[source] > maxHops)) return [];
        var switchAt = aStarAfterWork ?? Math.Max(1, graph.VertexCount);
        long work = 0;
        var first = search.RunBidirectional(source, target);
        work += search.LastSettledCount;
        if (first is null) return [];

        var accepted = new List<(GraphPath Path, int Deviation)> { (first, 0) };
        var result = new List<GraphPath>();
        if (maxHops is null || first.Hops <= maxHops) result.Add(first);
        var candidates = new PriorityQueue<(GraphPath Path, int Deviation), (double, int, long)>();
        var known = new HashSet<string>(StringComparer.Ordinal) { Key(first) };
        long sequence = 0;

        while (result.Count < k && accepted.Count < maxExamined)
        {
            var (previous, deviation) = accepted[^1];
            var rootCost = 0.0;
            for (var i = 0; i < deviation; i++) rootCost += graph.Distance(previous.Edges[i]);
            for (var i = deviation; i < previous.Hops; i++)
            {
                var spur = previous.Vertices[i];
                if (hopsLeft is not null && (hopsLeft[spur] < 0 || hopsLeft[spur] > maxHops - i))
                {
                    rootCost += graph.Distance(previous.Edges[i]);
                    continue;
                }
                search.ClearBlocks();
                foreach (var (path, _) in accepted)
                {
                    if (path.Hops > i && SamePrefix(path, previous, i)) search.BlockEdge(path.Edges[i]);
                }
                for (var j = 0; j < i; j++) search.BlockVertex(previous.Vertices[j]);
                if (!search.HasPotential && work >= switchAt)
                    search.SetPotential(DijkstraSearch.DistancesTo(graph, target, source, PotentialRadius));
                var spurPath = search.HasPotential ? search.Run(spur, target) : search.RunBidirectional(spur, target);
                work += search.LastSettledCount;
                if (spurPath is not null)
                {
                    var vertices = new int[i + spurPath.Vertices.Length];
                    var edges = new int[i + spurPath.Edges.Length];
                    for (var j = 0; j < i; j++) { vertices[j] = previous.Vertices[j]; edges[j] = previous.Edges[j]; }
                    spurPath.Vertices.CopyTo(vertices, i);
                    spurPath.Edges.CopyTo(edges, i);
                    var candidate = new GraphPath(ImmutableCollectionsMarshal.AsImmutableArray(vertices), ImmutableCollectionsMarshal.AsImmutableArray(edges), rootCost + spurPath.Cost);
                    if (known.Add(Key(candidate))) candidates.Enqueue((candidate, i), (candidate.Cost, candidate.Hops, sequence++));
                }
                rootCost += graph.Distance(previous.Edges[i]);
            }
            if (candidates.Count == 0) break;
            var next = candidates.Dequeue();
            accepted.Add(next);
            if (maxHops is null || next.Path.Hops <= maxHops) result.Add(next.Path);
        }
        search.ClearBlocks();
        search.SetPotential(null);
        return result;
    }

    /// <summary>True when the two paths share vertices 0..i.</summary>
    private static bool SamePrefix(GraphPath a, GraphPath b, int i)
    {
        for (var j = 0; j <= i; j++)
        {
            if (a.Vertices[j] != b.Vertices[j]) return false;
        }
        return true;
    }

    private static string Key(GraphPath path) => string.Join(',', path.Edges);
}
