namespace ActorGraph.Analysis.Clusters;

/// <summary>Quality measures of a partition of a <see cref="SignedGraph"/> built by
/// <see cref="SignedGraphBuilder"/> (no self-loops). All O(V + E).</summary>
public static class PartitionQuality
{
    /// <summary>Newman's modularity of the cooperative layer alone, the figure igraph's
    /// <c>modularity()</c> reports: Q = Σ_c [ in_c / m − γ (K_c / 2m)² ], with in_c the cooperative
    /// strength inside c and K_c its total degree. 0 when there are no cooperative ties.</summary>
    public static double Modularity(SignedGraph graph, ReadOnlySpan<int> membership, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var m2 = graph.TotalPositiveDegree;
        if (m2 <= 0) return 0;
        var (inside, degree) = Totals(graph.PosOffsets, graph.PosTargets, graph.PosWeights, graph.PosDeg, membership);
        var q = 0.0;
        for (var c = 0; c < inside.Length; c++) q += inside[c] / m2 - resolution * (degree[c] / m2) * (degree[c] / m2);
        return q;
    }

    /// <summary>The objective the clustering maximises (see <see cref="ClusterOptions"/>), on
    /// modularity's scale: H / 2m⁺ = Q⁺(γ) − λ · (hostile strength inside clusters) / m⁺. 0 when there
    /// are no cooperative ties.</summary>
    public static double SignedModularity(SignedGraph graph, ReadOnlySpan<int> membership, double resolution = 1.0, double hostileWeight = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var mp = graph.TotalPositiveDegree;
        if (mp <= 0) return 0;
        var q = Modularity(graph, membership, resolution);
        var (inside, _) = Totals(graph.NegOffsets, graph.NegTargets, graph.NegWeights, graph.NegDeg, membership);
        return q - hostileWeight * inside.Sum() / mp;
    }

    /// <summary>How many ties contradict the split: hostile ties inside a cluster and cooperative ties
    /// between clusters, by count and by strength.</summary>
    public static Frustration Frustration(SignedGraph graph, ReadOnlySpan<int> membership)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int coopAcross = 0, hostileInside = 0;
        double coopAcrossW = 0, hostileInsideW = 0, totalW = 0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            for (var e = graph.PosOffsets[v]; e < graph.PosOffsets[v + 1]; e++)
            {
                var u = graph.PosTargets[e];
                if (u < v) continue;
                totalW += graph.PosWeights[e];
                if (membership[u] == membership[v]) continue;
                coopAcross++;
                coopAcrossW += graph.PosWeights[e];
            }
            for (var e = graph.NegOffsets[v]; e < graph.NegOffsets[v + 1]; e++)
            {
                var u = graph.NegTargets[e];
                if (u < v) continue;
                totalW += graph.NegWeights[e];
                if (membership[u] != membership[v]) continue;
                hostileInside++;
                hostileInsideW += graph.NegWeights[e];
            }
        }
        return new Frustration(
            graph.PositiveEdgeCount + graph.NegativeEdgeCount,
            coopAcross,
            hostileInside,
            totalW,
            coopAcrossW + hostileInsideW);
    }

    private static (double[] Inside, double[] Degree) Totals(
        int[] offsets, int[] targets, double[] weights, double[] degrees, ReadOnlySpan<int> membership)
    {
        if (membership.Length != degrees.Length)
            throw new ArgumentException("membership must have one entry per node", nameof(membership));
        var k = 0;
        foreach (var c in membership)
        {
            if (c < 0) throw new ArgumentException("community ids must be non-negative", nameof(membership));
            k = Math.Max(k, c + 1);
        }
        var inside = new double[k];
        var degree = new double[k];
        for (var v = 0; v < degrees.Length; v++)
        {
            var c = membership[v];
            degree[c] += degrees[v];
            for (var e = offsets[v]; e < offsets[v + 1]; e++)
            {
                if (membership[targets[e]] == c) inside[c] += weights[e];
            }
        }
        return (inside, degree); // inside counts each edge twice, as Σ_ij A_ij does
    }
}
