using System.Runtime.CompilerServices;
using QuikGraph;

namespace ActorGraph.Analysis.Projection;

/// <summary>Any QuikGraph graph as a <see cref="CompactGraph"/>, for the project's kernels: a
/// <see cref="CompactGraph"/> itself is used as it is (no copy, its own distances and strengths); another graph is copied
/// once into CSR arrays (vertex i = the i-th of <c>graph.Vertices</c>, edge lengths and strengths from the given
/// functions; an undirected graph gives two arcs per edge; parallel edges collapse to the shortest). O(V + E).</summary>
/// <typeparam name="TVertex">Vertex type of the QuikGraph graph.</typeparam>
/// <typeparam name="TEdge">Edge type of the QuikGraph graph.</typeparam>
public sealed class CompactAdapter<TVertex, TEdge>
    where TVertex : notnull
    where TEdge : IEdge<TVertex>
{
    private readonly TVertex[]? _vertices;
    private readonly Dictionary<TVertex, int>? _index;
    private readonly TEdge[]? _edges;

    private CompactAdapter(CompactGraph graph, TVertex[]? vertices, Dictionary<TVertex, int>? index, TEdge[]? edges)
    {
        Graph = graph;
        _vertices = vertices;
        _index = index;
        _edges = edges;
    }

    /// <summary>The graph the kernels run on.</summary>
    public CompactGraph Graph { get; }

    /// <summary>True when <see cref="Graph"/> is the caller's own graph (no copy was made).</summary>
    public bool IsSameGraph => _vertices is null;

    /// <summary>The vertex at index <paramref name="i"/>.</summary>
    public TVertex VertexAt(int i)
    {
        if (_vertices is not null) return _vertices[i];
        return Unsafe.As<int, TVertex>(ref i);
    }

    /// <summary>The index of <paramref name="vertex"/>, or -1 when it is not in the graph.</summary>
    public int IndexOf(TVertex vertex)
    {
        if (_index is not null) return _index.TryGetValue(vertex, out var i) ? i : -1;
        var v = Unsafe.As<TVertex, int>(ref vertex);
        return Graph.ContainsVertex(v) ? v : -1;
    }

    /// <summary>The caller's edge behind compact edge <paramref name="e"/> (for merged parallel edges, the shortest).</summary>
    public TEdge EdgeAt(int e)
    {
        if (_edges is not null) return _edges[Graph.BestOrigins[e]];
        var edge = Graph.EdgeAt(e);
        return Unsafe.As<CompactEdge, TEdge>(ref edge);
    }

    /// <summary>Adapts <paramref name="graph"/>. With null functions a <see cref="CompactGraph"/> keeps its own distances
    /// and strengths; any other graph gets 1 for both (hop counts, unweighted).</summary>
    public static CompactAdapter<TVertex, TEdge> Of(IVertexAndEdgeListGraph<TVertex, TEdge> graph,
        Func<TEdge, double>? distance = null, Func<TEdge, double>? strength = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (graph is CompactGraph compact && distance is null && strength is null) return new CompactAdapter<TVertex, TEdge>(compact, null, null, null);

        var vertices = graph.Vertices.ToArray();
        var index = new Dictionary<TVertex, int>(vertices.Length);
        for (var i = 0; i < vertices.Length; i++) index.Add(vertices[i], i);
        var edges = graph.Edges.ToArray();
        var twoWay = !graph.IsDirected;
        var m = twoWay ? 2 * edges.Length : edges.Length;
        var src = new int[m];
        var dst = new int[m];
        var dist = new double[m];
        var str = new double[m];
        var origin = new int[m];
        var k = 0;
        for (var i = 0; i < edges.Length; i++)
        {
            var e = edges[i];
            var s = index[e.Source];
            var t = index[e.Target];
            var d = distance?.Invoke(e) ?? 1.0;
            var w = strength?.Invoke(e) ?? 1.0;
            src[k] = s; dst[k] = t; dist[k] = d; str[k] = w; origin[k] = i; k++;
            if (twoWay) { src[k] = t; dst[k] = s; dist[k] = d; str[k] = w; origin[k] = i; k++; }
        }
        var csr = CompactGraph.FromArcs(vertices.Length, src, dst, dist, str, origin);
        return new CompactAdapter<TVertex, TEdge>(csr, vertices, index, edges);
    }
}
