namespace ActorGraph.Analysis.Clusters;

/// <summary>Leiden and Louvain community detection on a <see cref="SignedGraph"/>, on plain arrays.</summary>
/// <remarks>
/// <para>Maximises the signed modularity described on <see cref="ClusterOptions"/>. One pass: fast local
/// moving; then (Leiden) refinement, or (Louvain) nothing; then aggregation of the refined (Leiden) or
/// moved (Louvain) groups into nodes, starting the next level from the moved partition; repeat until
/// local moving leaves every community as a single aggregate node. If a refinement merges nothing, the
/// level aggregates by the moved partition instead (as igraph does), so every level shrinks the graph.</para>
/// <para>Cost: O(E) per sweep of local moving, refinement and aggregation; the number of levels is
/// small in practice (about log V), so a pass is about O(E log V). Memory O(V + E).</para>
/// <para>Deterministic: all randomness (visit order, refinement choices) comes from a
/// <see cref="SeededRandom"/> seeded with <see cref="ClusterOptions.Seed"/>.</para>
/// </remarks>
public static class CommunityDetection
{
    /// <summary>Returns each node's community, numbered 0..k-1 in order of each community's lowest node.</summary>
    /// <remarks>Every node is in exactly one community; a node without cooperative ties is alone.
    /// With Leiden every community is connected through cooperative ties.</remarks>
    public static int[] Run(SignedGraph graph, ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var n = graph.NodeCount;
        var objective = Objective.For(graph, options);
        var rng = new SeededRandom(options.Seed);
        var leiden = options.Algorithm == ClusterAlgorithm.Leiden;

        var membership = new int[n];
        for (var v = 0; v < n; v++) membership[v] = v;
        var passes = options.Iterations ?? ClusterOptions.MaxIterations;
        var nodeLevel = new int[n];
        for (var pass = 0; pass < passes; pass++)
        {
            var g = graph;
            var partition = (int[])membership.Clone();
            for (var v = 0; v < n; v++) nodeLevel[v] = v;
            var changed = false;
            while (true)
            {
                changed |= LocalMoving.Run(g, partition, objective, rng);
                var communities = Relabel(partition);
                if (communities == g.NodeCount) break;

                var groups = partition;
                var groupCount = communities;
                if (leiden)
                {
                    var refined = Refinement.Run(g, partition, objective, options.Randomness, rng);
                    var refinedCount = Relabel(refined);
                    if (refinedCount < g.NodeCount)
                    {
                        groups = refined;
                        groupCount = refinedCount;
                    }
                }

                var next = new int[groupCount];
                for (var v = 0; v < g.NodeCount; v++) next[groups[v]] = partition[v];
                for (var v = 0; v < n; v++) nodeLevel[v] = groups[nodeLevel[v]];
                g = Aggregation.Run(g, groups, groupCount);
                partition = next;
            }
            for (var v = 0; v < n; v++) membership[v] = partition[nodeLevel[v]];
            Relabel(membership);
            if (!changed && options.Iterations is null) break;
        }
        return membership;
    }

    /// <summary>Renumbers ids (each below the array length) to 0..k-1 in order of first appearance; returns k.</summary>
    internal static int Relabel(int[] ids)
    {
        var map = new int[ids.Length];
        Array.Fill(map, -1);
        var next = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            ref var m = ref map[ids[i]];
            if (m < 0) m = next++;
            ids[i] = m;
        }
        return next;
    }
}
