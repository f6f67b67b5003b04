using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using QuikGraph;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>Gould–Fernandez brokerage roles on any directed QuikGraph graph, as a QuikGraph algorithm: <c>Compute()</c>,
/// then <see cref="Scores"/>. Each vertex's group comes from <c>groupOf</c> (e.g. a <c>CommunityAlgorithm</c>'s
/// communities). Runs <see cref="BrokerageCounter"/> on a <see cref="CompactGraph"/>'s own arrays, or on a CSR copy of
/// another graph. Cost as <see cref="BrokerageCounter.Compute"/>.</summary>
public sealed class BrokerageAlgorithm<TVertex, TEdge> : CompactKernelAlgorithm<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly Func<TVertex, int> _groupOf;

    /// <summary>Prepares the algorithm with each vertex's group (any non-negative ids).</summary>
    public BrokerageAlgorithm(IVertexAndEdgeListGraph<TVertex, TEdge> visitedGraph, Func<TVertex, int> groupOf)
        : base(visitedGraph, null, null)
    {
        ArgumentNullException.ThrowIfNull(groupOf);
        _groupOf = groupOf;
    }

    /// <summary>One score per vertex index (<see cref="BrokerScore.Node"/>; <see cref="CompactKernelAlgorithm{TVertex, TEdge}.VertexAt"/> names it).</summary>
    public ImmutableArray<BrokerScore> Scores { get; private set; } = [];

    /// <inheritdoc />
    protected override void Run(CompactAdapter<TVertex, TEdge> adapter)
    {
        var g = adapter.Graph;
        var groups = new int[g.VertexCount];
        for (var i = 0; i < groups.Length; i++) groups[i] = _groupOf(adapter.VertexAt(i));
        Scores = BrokerageCounter.Compute(g.Offsets, g.Targets, groups);
    }
}
