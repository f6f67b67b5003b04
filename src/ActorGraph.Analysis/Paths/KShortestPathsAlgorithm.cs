using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using QuikGraph;

namespace ActorGraph.Analysis.Paths;

/// <summary>The k shortest loopless paths between two vertices of any QuikGraph graph, as a QuikGraph algorithm
/// (<c>Compute(source, target)</c>, then read <see cref="ComputedShortestPaths"/>), running
/// <see cref="YenKShortestPaths"/> (Yen with Lawler's refinement and bidirectional spur searches). On a
/// <see cref="CompactGraph"/> without a distance function it runs on the graph's own arrays and distances; any other
/// graph is copied once into CSR form (<see cref="CompactAdapter{TVertex, TEdge}"/>), parallel edges collapsed to the
/// shortest. Lengths are DISTANCES (smaller is closer), never negative. Cost O(k · L · D) for paths of L hops and one
/// spur search D (two small Dijkstra balls on small-world graphs).</summary>
public sealed class KShortestPathsAlgorithm<TVertex, TEdge> : CompactKernelAlgorithm<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private ImmutableArray<GraphPath> _paths = [];
    private TVertex? _source;
    private TVertex? _target;

    /// <summary>Prepares the algorithm. <paramref name="distance"/> gives each edge's length; leave it null on a
    /// <see cref="CompactGraph"/> to use its own distances (on another graph, null means 1 per edge).</summary>
    public KShortestPathsAlgorithm(IVertexAndEdgeListGraph<TVertex, TEdge> visitedGraph, Func<TEdge, double>? distance = null)
        : base(visitedGraph, distance, null)
    {
    }

    /// <summary>How many paths to find (k, default 3).</summary>
    public int ShortestPathCount { get; init; } = 3;

    /// <summary>Paths of more hops are skipped (null: no limit).</summary>
    public int? MaxHops { get; init; }

    /// <summary>The paths found by the last run, cheapest first, as compact paths (vertex and edge indexes of
    /// <see cref="Graph"/>, with costs).</summary>
    public ImmutableArray<GraphPath> GraphPaths => _paths;

    /// <summary>Number of paths found.</summary>
    public int ComputedShortestPathCount => _paths.Length;

    /// <summary>The paths found, cheapest first, as the caller's edges.</summary>
    public IEnumerable<IEnumerable<TEdge>> ComputedShortestPaths =>
        _paths.Select(p => p.Edges.Select(e => Adapter.EdgeAt(e)));

    /// <summary>The cost (sum of distances) of each path found.</summary>
    public IEnumerable<double> ComputedCosts => _paths.Select(p => p.Cost);

    /// <summary>Runs from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public void Compute(TVertex source, TVertex target)
    {
        _source = source;
        _target = target;
        Compute();
    }

    /// <inheritdoc />
    protected override void Run(CompactAdapter<TVertex, TEdge> adapter)
    {
        if (_source is null || _target is null) throw new InvalidOperationException("call Compute(source, target)");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ShortestPathCount);
        var s = IndexOf(_source);
        var t = IndexOf(_target);
        var search = SearchPool.Rent(adapter.Graph);
        try
        {
            _paths = [.. YenKShortestPaths.Find(adapter.Graph, s, t, ShortestPathCount, MaxHops, search: search)];
        }
        finally
        {
            SearchPool.Return(search);
        }
    }
}
