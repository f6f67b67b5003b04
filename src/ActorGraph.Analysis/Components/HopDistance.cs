using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Components;

/// <summary>Unweighted reachability: breadth-first search over out-edges.</summary>
public static class HopDistance
{
    /// <summary>The fewest hops from <paramref name="source"/> to <paramref name="target"/>, or null when unreachable.
    /// O(V + E) worst case; stops when the target is reached.</summary>
    public static int? Between(CompactGraph graph, int source, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (source == target) return 0;
        var depth = new int[graph.VertexCount];
        Array.Fill(depth, -1);
        var queue = new int[graph.VertexCount];
        int head = 0, tail = 0;
        queue[tail++] = source;
        depth[source] = 0;
        while (head < tail)
        {
            var u = queue[head++];
            for (var e = graph.FirstEdge(u); e < graph.EndEdge(u); e++)
            {
                var v = graph.Target(e);
                if (depth[v] >= 0) continue;
                depth[v] = depth[u] + 1;
                if (v == target) return depth[v];
                queue[tail++] = v;
            }
        }
        return null;
    }

    /// <summary>The fewest hops from every vertex to <paramref name="target"/> (-1 when it cannot reach it): breadth-first
    /// search over the in-edges. O(V + E).</summary>
    public static int[] ToTarget(CompactGraph graph, int target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var depth = new int[graph.VertexCount];
        Array.Fill(depth, -1);
        var queue = new int[graph.VertexCount];
        int head = 0, tail = 0;
        queue[tail++] = target;
        depth[target] = 0;
        var rev = graph.Reverse;
        while (head < tail)
        {
            var v = queue[head++];
            for (var p = rev.Offsets[v]; p < rev.Offsets[v + 1]; p++)
            {
                var u = rev.Sources[p];
                if (depth[u] >= 0) continue;
                depth[u] = depth[v] + 1;
                queue[tail++] = u;
            }
        }
        return depth;
    }
}
