using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Paths;

/// <summary>Yen's k shortest loopless paths on a <see cref="CompactGraph"/> (distances as lengths), with
/// Lawler's refinement (spur only from where a path left its parent) and a target-stopping array
/// A* search for each spur, guided by exact distances to the target (one reverse Dijkstra, O((V + E) log V)).
/// Cost O((V + E) log V + k · L · D) where L is the path length in hops and D one spur search, which explores
/// little more than the vertices on near-shortest paths.</summary>
public static class YenKShortestPaths
{
    /// <summary>The reverse search that provides the A* potential stops at this multiple of the shortest distance; beyond it
    /// vertices get the radius as a (weaker, still consistent) bound.</summary>
    public const double PotentialRadius = 1.25;

    /// <summary>Up to <paramref name="k"/> loopless paths from <paramref name="source"/> to <paramref name="target"/>,
    /// cheapest first (costs non-decreasing; equal costs ordered by hops then vertex sequence). When
    /// <paramref name="maxHops"/> is set, longer paths are skipped; at most <paramref name="maxExamined"/>
    /// paths are generated in all, so the result may hold fewer than k paths.</summary>
    public static IReadOnlyList<GraphPath> Find(CompactGraph graph, int source, int target, int k, int? maxHops = null, int maxExamined = 0, DijkstraSearch? search = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        if ((uint)source >= (uint)graph.VertexCount) throw new ArgumentOutOfRangeException(nameof(source));
        if ((uint)target >= (uint)graph.VertexCount) throw new ArgumentOutOfRangeException(nameof(target));
        if (source == target) return [];
        if (maxExamined <= 0) maxExamined = maxHops is null ? k : Math.Max(50, 20 * k);
        search ??= new DijkstraSearch(graph);
        search.ClearBlocks();
        // Exact distances to the target guide every spur search (A*): blocking only lengthens paths, so they stay a
        // consistent lower bound, and spur searches explore little beyond the near-shortest paths.
        search.SetPotential(DijkstraSearch.DistancesTo(graph, target, source, PotentialRadius));
        var first = search.Run(source, target);
        if (first is null) { search.SetPotential(null); return []; }

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
                search.ClearBlocks();
                foreach (var (path, _) in accepted)
                {
                    if (path.Hops > i && SamePrefix(path, previous, i)) search.BlockEdge(path.Edges[i]);
                }
                for (var j = 0; j < i; j++) search.BlockVertex(previous.Vertices[j]);
                var spurPath = search.Run(spur, target);
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
