namespace ActorGraph.Analysis.Clusters;

/// <summary>An undirected graph with two weighted layers over the same nodes, in compressed sparse rows:
/// a cooperative (positive) layer and a hostile (negative) layer. The input of community detection.</summary>
/// <remarks>
/// <para>Weights are STRENGTHS (bigger = a stronger tie; for actors, strength × confidence summed over
/// the relations collapsed into the pair), never distances. Both layers hold non-negative weights; the
/// hostile layer's sign is implied by the layer.</para>
/// <para>Each undirected edge is stored in both rows. Self-loops are not stored in the rows; a node's
/// degree (<see cref="PositiveDegree"/>) may include weight that no row shows (inside an aggregated
/// node), which is how the levels of Louvain/Leiden keep the null model exact.</para>
/// <para>Build one with <see cref="SignedGraphBuilder"/>. Memory O(V + E).</para>
/// </remarks>
public sealed class SignedGraph
{
    internal readonly int[] PosOffsets;
    internal readonly int[] PosTargets;
    internal readonly double[] PosWeights;
    internal readonly int[] NegOffsets;
    internal readonly int[] NegTargets;
    internal readonly double[] NegWeights;
    internal readonly double[] PosDeg;
    internal readonly double[] NegDeg;

    internal SignedGraph(
        int[] posOffsets, int[] posTargets, double[] posWeights,
        int[] negOffsets, int[] negTargets, double[] negWeights,
        double[] posDeg, double[] negDeg)
    {
        PosOffsets = posOffsets;
        PosTargets = posTargets;
        PosWeights = posWeights;
        NegOffsets = negOffsets;
        NegTargets = negTargets;
        NegWeights = negWeights;
        PosDeg = posDeg;
        NegDeg = negDeg;
        var tp = 0.0;
        var tn = 0.0;
        for (var i = 0; i < posDeg.Length; i++)
        {
            tp += posDeg[i];
            tn += negDeg[i];
        }
        TotalPositiveDegree = tp;
        TotalNegativeDegree = tn;
    }

    /// <summary>Number of nodes (0..NodeCount-1).</summary>
    public int NodeCount => PosDeg.Length;

    /// <summary>Number of undirected cooperative edges (pairs), not counting self-loops.</summary>
    public int PositiveEdgeCount => PosTargets.Length / 2;

    /// <summary>Number of undirected hostile edges (pairs), not counting self-loops.</summary>
    public int NegativeEdgeCount => NegTargets.Length / 2;

    /// <summary>Sum of cooperative degrees: twice the total cooperative weight (2m⁺).</summary>
    public double TotalPositiveDegree { get; }

    /// <summary>Sum of hostile degrees: twice the total hostile weight (2m⁻).</summary>
    public double TotalNegativeDegree { get; }

    /// <summary>Cooperative neighbours of <paramref name="node"/>.</summary>
    public ReadOnlySpan<int> PositiveNeighbours(int node) =>
        PosTargets.AsSpan(PosOffsets[node], PosOffsets[node + 1] - PosOffsets[node]);

    /// <summary>Weights of the edges to <see cref="PositiveNeighbours"/>, in the same order.</summary>
    public ReadOnlySpan<double> PositiveWeights(int node) =>
        PosWeights.AsSpan(PosOffsets[node], PosOffsets[node + 1] - PosOffsets[node]);

    /// <summary>Hostile neighbours of <paramref name="node"/>.</summary>
    public ReadOnlySpan<int> NegativeNeighbours(int node) =>
        NegTargets.AsSpan(NegOffsets[node], NegOffsets[node + 1] - NegOffsets[node]);

    /// <summary>Weights of the edges to <see cref="NegativeNeighbours"/>, in the same order.</summary>
    public ReadOnlySpan<double> NegativeWeights(int node) =>
        NegWeights.AsSpan(NegOffsets[node], NegOffsets[node + 1] - NegOffsets[node]);

    /// <summary>Cooperative degree (sum of cooperative weights, self-loops counted twice).</summary>
    public double PositiveDegree(int node) => PosDeg[node];

    /// <summary>Hostile degree (sum of hostile weights, self-loops counted twice).</summary>
    public double NegativeDegree(int node) => NegDeg[node];
}
