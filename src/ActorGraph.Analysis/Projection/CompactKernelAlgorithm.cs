using QuikGraph;
using QuikGraph.Algorithms;

namespace ActorGraph.Analysis.Projection;

/// <summary>The shape every kernel takes as a QuikGraph algorithm: it visits any
/// <see cref="IVertexAndEdgeListGraph{TVertex, TEdge}"/>, and <c>Compute()</c> runs the kernel on the graph's own arrays
/// when it is a <see cref="CompactGraph"/> with no weight function given, else on a CSR copy
/// (<see cref="CompactAdapter{TVertex, TEdge}"/>). Results are read by vertex index (<see cref="VertexAt"/>) or by vertex.</summary>
public abstract class CompactKernelAlgorithm<TVertex, TEdge> : AlgorithmBase<IVertexAndEdgeListGraph<TVertex, TEdge>>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly Func<TEdge, double>? _distance;
    private readonly Func<TEdge, double>? _strength;
    private CompactAdapter<TVertex, TEdge>? _adapter;

    /// <summary>Visits <paramref name="visitedGraph"/> with optional edge length and strength functions.</summary>
    protected CompactKernelAlgorithm(IVertexAndEdgeListGraph<TVertex, TEdge> visitedGraph, Func<TEdge, double>? distance, Func<TEdge, double>? strength)
        : base(visitedGraph)
    {
        _distance = distance;
        _strength = strength;
    }

    /// <summary>The graph the kernel ran on: the visited graph itself when it is a <see cref="CompactGraph"/> used as it is.</summary>
    public CompactGraph? Graph => _adapter?.Graph;

    /// <summary>The vertex behind index <paramref name="i"/> of the results.</summary>
    public TVertex VertexAt(int i) => Adapter.VertexAt(i);

    /// <summary>The adapter of the last run.</summary>
    protected CompactAdapter<TVertex, TEdge> Adapter => _adapter ?? throw new InvalidOperationException("call Compute() first");

    /// <summary>The index of <paramref name="vertex"/>; throws <see cref="VertexNotFoundException"/> when it is not in the graph.</summary>
    protected int IndexOf(TVertex vertex)
    {
        var i = Adapter.IndexOf(vertex);
        return i >= 0 ? i : throw new VertexNotFoundException($"vertex {vertex} is not in the graph");
    }

    /// <inheritdoc />
    protected sealed override void InternalCompute()
    {
        _adapter = CompactAdapter<TVertex, TEdge>.Of(VisitedGraph, _distance, _strength);
        Run(_adapter);
    }

    /// <summary>Runs the kernel on <paramref name="adapter"/>'s graph.</summary>
    protected abstract void Run(CompactAdapter<TVertex, TEdge> adapter);
}
