using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using QuikGraph;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Brandes betweenness of any QuikGraph graph, as a QuikGraph algorithm: <c>Compute()</c>, then
/// <see cref="ScoreOf"/>. Runs <see cref="Betweenness.Compute"/> (exact or source-sampled, on every core) on the graph's
/// own arrays when it is a <see cref="CompactGraph"/> with no distance function given, else on a CSR copy. Lengths are
/// DISTANCES (null function: the compact graph's own, else 1 per edge). Scores are unnormalised (ordered pairs).
/// O(V · E log V), or O(S · E log V) with S sampled sources.</summary>
public sealed class BetweennessAlgorithm<TVertex, TEdge> : CompactKernelAlgorithm<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    /// <summary>Prepares the algorithm.</summary>
    public BetweennessAlgorithm(IVertexAndEdgeListGraph<TVertex, TEdge> visitedGraph, Func<TEdge, double>? distance = null, BetweennessOptions? options = null)
        : base(visitedGraph, distance, null)
    {
        Options = options ?? BetweennessOptions.Default;
    }

    /// <summary>Tie tolerance, sampling and threads.</summary>
    public BetweennessOptions Options { get; }

    /// <summary>Scores by vertex index (<see cref="CompactKernelAlgorithm{TVertex, TEdge}.VertexAt"/> names them).</summary>
    public ImmutableArray<double> Scores { get; private set; } = [];

    /// <summary>The score of <paramref name="vertex"/>.</summary>
    public double ScoreOf(TVertex vertex) => Scores[IndexOf(vertex)];

    /// <inheritdoc />
    protected override void Run(CompactAdapter<TVertex, TEdge> adapter) => Scores = Betweenness.Compute(adapter.Graph, Options);
}
