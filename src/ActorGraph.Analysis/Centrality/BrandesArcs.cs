using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>The read-only arrays Brandes' forward searches share across threads: out-arcs as (target, length) pairs side
/// by side, so relaxing an edge reads one 16-byte slot instead of two arrays, and each vertex's first predecessor slot
/// (its in-edge range start: a vertex has at most as many shortest-path predecessors as in-edges). O(V + E) to build.</summary>
internal sealed class BrandesArcs
{
    public BrandesArcs(CompactGraph graph)
    {
        var n = graph.VertexCount;
        Offsets = graph.Offsets.ToArray();
        var targets = graph.Targets;
        var distances = graph.Distances;
        Arcs = new Arc[targets.Length];
        for (var e = 0; e < Arcs.Length; e++) Arcs[e] = new Arc(targets[e], distances[e]);
        SlotStart = new int[n + 1];
        foreach (var t in targets) SlotStart[t + 1]++;
        for (var v = 0; v < n; v++) SlotStart[v + 1] += SlotStart[v];
    }

    public int VertexCount => Offsets.Length - 1;

    /// <summary>CSR offsets of the out-arcs, length V+1.</summary>
    public int[] Offsets { get; }

    /// <summary>Out-arcs in CSR order.</summary>
    public Arc[] Arcs { get; }

    /// <summary>Per vertex, where its predecessor slots start in a flat array of E slots (in-degree prefix sums).</summary>
    public int[] SlotStart { get; }

    /// <summary>One out-arc: its head and its length (a distance).</summary>
    internal readonly record struct Arc(int Target, double Length);
}
