using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using QuikGraph;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Weighted PageRank of any QuikGraph graph, as a QuikGraph algorithm: <c>Compute()</c>, then
/// <see cref="RankOf"/>. Unlike QuikGraph's own <c>PageRankAlgorithm</c> it weights edges by STRENGTH (bigger passes more
/// rank; null function: the compact graph's own strengths, else 1 per edge), spreads the rank of dangling vertices over
/// everyone, sums to 1 and stops at an L1 tolerance (<see cref="PageRank.Compute"/>). O(I · (V + E)).</summary>
public sealed class WeightedPageRankAlgorithm<TVertex, TEdge> : CompactKernelAlgorithm<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    /// <summary>Prepares the algorithm.</summary>
    public WeightedPageRankAlgorithm(IVertexAndEdgeListGraph<TVertex, TEdge> visitedGraph, Func<TEdge, double>? strength = null)
        : base(visitedGraph, null, strength)
    {
    }

    /// <summary>Damping factor (default 0.85).</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Stop when the L1 change is below this (default 1e-6).</summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>At most this many power iterations (default 1000).</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>The result of the last run: ranks by vertex index, iterations, convergence.</summary>
    public PageRankResult? Result { get; private set; }

    /// <summary>Ranks by vertex index.</summary>
    public ImmutableArray<double> Ranks => Result?.Ranks ?? [];

    /// <summary>The rank of <paramref name="vertex"/>.</summary>
    public double RankOf(TVertex vertex) => Ranks[IndexOf(vertex)];

    /// <inheritdoc />
    protected override void Run(CompactAdapter<TVertex, TEdge> adapter) =>
        Result = PageRank.Compute(adapter.Graph, Damping, Tolerance, MaxIterations);
}
