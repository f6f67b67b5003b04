using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>A safe upper bound on the vertex diameter of a directed graph: the most vertices on any shortest path
/// between two vertices where the second is reachable from the first. <see cref="ApproximateBetweenness"/> sizes its
/// sample from it.</summary>
/// <remarks>Why it is safe. Let P be a shortest s→t path. (1) P enters each strongly connected component at most once
/// and leaves it for good: a path that left C and came back would give a cycle through vertices outside C, which would
/// then belong to C. So P is a chain of segments, one per component, along a path of the condensation (the DAG of
/// components). (2) The segment of P inside a component C, from x to y, is a shortest x→y path of the whole graph (a
/// piece of a shortest path is one), and every vertex of any x→y path is reachable from x and reaches y, so lies in C:
/// the segment is a shortest path of the subgraph induced by C. (3) With all edge lengths equal, its edge count is at
/// most the diameter of that subgraph, and for any vertex r of C, d(x, y) ≤ d(x, r) + d(r, y) ≤ ecc_in(r) + ecc_out(r),
/// the depths of breadth-first searches from r inside C against and along the edges. So the segment has at most
/// w(C) = min(|C|, ecc_in(r) + ecc_out(r) + 1) vertices; with other lengths only |C| is safe. (4) Hence P has at
/// most the largest sum of w over a path of the condensation, a longest-path problem on a DAG.
/// r is C's vertex of largest total degree (a hub sees the rest of its component in few steps). Cost O(V + E): Tarjan,
/// one search each way inside each component, and one pass over the condensation in topological order.</remarks>
public static class VertexDiameter
{
    /// <summary>The bound for <paramref name="graph"/>; <paramref name="equalLengths"/> says every edge has the same
    /// length (then shortest paths are fewest-edge paths and the breadth-first bound of each component applies).</summary>
    public static int UpperBound(CompactGraph graph, bool equalLengths)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        if (n == 0) return 0;
        var strong = ConnectedComponents.Strong(graph);
        var component = strong.Membership.AsSpan();
        var k = strong.Count;
        var weight = new int[k];
        for (var c = 0; c < k; c++) weight[c] = strong.Sizes[c];
        var byComponent = GroupByComponent(component, strong.Sizes.AsSpan());
        if (equalLengths) ShrinkByEccentricity(graph, component, byComponent, weight);
        return LongestCondensationPath(graph, component, byComponent, weight);
    }

    /// <summary>Vertices in component order: component c holds Order[Start[c]..Start[c + 1]).</summary>
    private static (int[] Start, int[] Order) GroupByComponent(ReadOnlySpan<int> component, ReadOnlySpan<int> sizes)
    {
        var start = new int[sizes.Length + 1];
        for (var c = 0; c < sizes.Length; c++) start[c + 1] = start[c] + sizes[c];
        var fill = (int[])start.Clone();
        var order = new int[component.Length];
        for (var v = 0; v < component.Length; v++) order[fill[component[v]]++] = v;
        return (start, order);
    }

    private static void ShrinkByEccentricity(CompactGraph graph, ReadOnlySpan<int> component, (int[] Start, int[] Order) groups,
        int[] weight)
    {
        var offsets = graph.Offsets;
        var rev = graph.Reverse;
        var depth = new int[graph.VertexCount];
        Array.Fill(depth, -1);
        var queue = new int[graph.VertexCount];
        for (var c = 0; c < weight.Length; c++)
        {
            if (weight[c] <= 2) continue; // one or two vertices: nothing to gain
            var root = -1;
            var best = -1;
            for (var i = groups.Start[c]; i < groups.Start[c + 1]; i++)
            {
                var v = groups.Order[i];
                var degree = offsets[v + 1] - offsets[v] + rev.Offsets[v + 1] - rev.Offsets[v];
                if (degree > best) (best, root) = (degree, v);
            }
            var reach = Eccentricity(root, c, component, offsets, graph.Targets, depth, queue)
                + Eccentricity(root, c, component, rev.Offsets, rev.Sources, depth, queue);
            weight[c] = Math.Min(weight[c], reach + 1);
        }
    }

    /// <summary>The depth of a breadth-first search from <paramref name="root"/> that stays inside component
    /// <paramref name="c"/>; leaves <paramref name="depth"/> all −1 again.</summary>
    private static int Eccentricity(int root, int c, ReadOnlySpan<int> component, ReadOnlySpan<int> offsets, ReadOnlySpan<int> ends,
        int[] depth, int[] queue)
    {
        int head = 0, tail = 0;
        queue[tail++] = root;
        depth[root] = 0;
        var deepest = 0;
        while (head < tail)
        {
            var u = queue[head++];
            var next = depth[u] + 1;
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                var v = ends[e];
                if (depth[v] >= 0 || component[v] != c) continue;
                depth[v] = next;
                deepest = next;
                queue[tail++] = v;
            }
        }
        for (var i = 0; i < tail; i++) depth[queue[i]] = -1;
        return deepest;
    }

    /// <summary>The largest sum of <paramref name="weight"/> along a path of the condensation (Kahn's order).</summary>
    private static int LongestCondensationPath(CompactGraph graph, ReadOnlySpan<int> component, (int[] Start, int[] Order) groups,
        int[] weight)
    {
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var k = weight.Length;
        var indegree = new int[k];
        for (var u = 0; u < component.Length; u++)
        {
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
                if (component[targets[e]] != component[u]) indegree[component[targets[e]]]++;
        }
        var longest = (int[])weight.Clone();
        var ready = new int[k];
        int head = 0, tail = 0;
        for (var c = 0; c < k; c++) if (indegree[c] == 0) ready[tail++] = c;
        var answer = 0;
        while (head < tail)
        {
            var c = ready[head++];
            answer = Math.Max(answer, longest[c]);
            for (var i = groups.Start[c]; i < groups.Start[c + 1]; i++)
            {
                var u = groups.Order[i];
                for (var e = offsets[u]; e < offsets[u + 1]; e++)
                {
                    var d = component[targets[e]];
                    if (d == c) continue;
                    longest[d] = Math.Max(longest[d], longest[c] + weight[d]);
                    if (--indegree[d] == 0) ready[tail++] = d;
                }
            }
        }
        return answer;
    }
}
