using QuikGraph;

namespace ActorGraph.Analysis.Projection;

/// <summary>QuikGraph's graph interfaces over the CSR arrays: vertices are 0..V-1, out-edges read from the forward
/// arrays, in-edges from <see cref="Reverse"/> (built on first use). Edges are <see cref="CompactEdge"/> values made
/// on demand, so enumerating costs no stored object per edge. Every QuikGraph algorithm that takes a vertex-list,
/// incidence, bidirectional or edge-list graph runs on this graph as it is.</summary>
public sealed partial class CompactGraph : IBidirectionalGraph<int, CompactEdge>
{
    /// <summary>Always true: edges have a direction (a two-way tie is two edges).</summary>
    public bool IsDirected => true;

    /// <summary>Always false: parallel arcs were collapsed into one edge per (u, v).</summary>
    public bool AllowParallelEdges => false;

    /// <summary>True when the graph has no vertex.</summary>
    public bool IsVerticesEmpty => VertexCount == 0;

    /// <summary>0..V-1.</summary>
    public IEnumerable<int> Vertices => Enumerable.Range(0, VertexCount);

    /// <summary>True when <paramref name="vertex"/> is in 0..V-1.</summary>
    public bool ContainsVertex(int vertex) => (uint)vertex < (uint)VertexCount;

    /// <summary>True when the graph has no edge.</summary>
    public bool IsEdgesEmpty => EdgeCount == 0;

    /// <summary>Every edge, by tail then position.</summary>
    public IEnumerable<CompactEdge> Edges
    {
        get
        {
            for (var u = 0; u < VertexCount; u++)
            {
                for (var e = FirstEdge(u); e < EndEdge(u); e++) yield return new CompactEdge(this, u, Target(e), e);
            }
        }
    }

    /// <summary>The edge at position <paramref name="e"/>. O(log V) (the tail is found by binary search).</summary>
    public CompactEdge EdgeAt(int e)
    {
        if ((uint)e >= (uint)EdgeCount) throw new ArgumentOutOfRangeException(nameof(e));
        // The tail is the last u with Offsets[u] <= e (empty vertices share offsets, so take the last).
        int lo = 0, hi = VertexCount - 1;
        var offsets = Offsets;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (offsets[mid] <= e) lo = mid; else hi = mid - 1;
        }
        return new CompactEdge(this, lo, Target(e), e);
    }

    /// <summary>True when <paramref name="edge"/> is an edge of this graph.</summary>
    public bool ContainsEdge(CompactEdge edge) =>
        (uint)edge.Index < (uint)EdgeCount && ContainsVertex(edge.Source) && edge.Index >= FirstEdge(edge.Source)
        && edge.Index < EndEdge(edge.Source) && Target(edge.Index) == edge.Target;

    /// <summary>True when an edge goes from <paramref name="source"/> to <paramref name="target"/>. O(out-degree).</summary>
    public bool ContainsEdge(int source, int target) => ContainsVertex(source) && ContainsVertex(target) && FindEdge(source, target) >= 0;

    /// <summary>The edge from <paramref name="source"/> to <paramref name="target"/>, if any.</summary>
    public bool TryGetEdge(int source, int target, out CompactEdge edge)
    {
        var e = ContainsVertex(source) && ContainsVertex(target) ? FindEdge(source, target) : -1;
        edge = e >= 0 ? new CompactEdge(this, source, target, e) : default;
        return e >= 0;
    }

    /// <summary>The edges from <paramref name="source"/> to <paramref name="target"/> (at most one).</summary>
    public bool TryGetEdges(int source, int target, out IEnumerable<CompactEdge> edges)
    {
        if (!ContainsVertex(source) || !ContainsVertex(target)) { edges = []; return false; }
        edges = TryGetEdge(source, target, out var edge) ? [edge] : [];
        return true;
    }

    /// <summary>True when <paramref name="vertex"/> has no out-edge.</summary>
    public bool IsOutEdgesEmpty(int vertex) => OutDegree(Checked(vertex)) == 0;

    /// <summary>The out-edges of <paramref name="vertex"/>.</summary>
    public IEnumerable<CompactEdge> OutEdges(int vertex) => OutEdgesOf(Checked(vertex));

    /// <summary>The out-edges of <paramref name="vertex"/>, or false when it is not a vertex.</summary>
    public bool TryGetOutEdges(int vertex, out IEnumerable<CompactEdge> edges)
    {
        edges = ContainsVertex(vertex) ? OutEdgesOf(vertex) : [];
        return ContainsVertex(vertex);
    }

    /// <summary>The <paramref name="index"/>-th out-edge of <paramref name="vertex"/>.</summary>
    public CompactEdge OutEdge(int vertex, int index)
    {
        Checked(vertex);
        if ((uint)index >= (uint)OutDegree(vertex)) throw new ArgumentOutOfRangeException(nameof(index));
        var e = FirstEdge(vertex) + index;
        return new CompactEdge(this, vertex, Target(e), e);
    }

    /// <summary>True when <paramref name="vertex"/> has no in-edge.</summary>
    public bool IsInEdgesEmpty(int vertex) => InDegree(vertex) == 0;

    /// <summary>In-degree of <paramref name="vertex"/> (builds the in-edge index on first use).</summary>
    public int InDegree(int vertex) => Reverse.InDegree(Checked(vertex));

    /// <summary>The in-edges of <paramref name="vertex"/>.</summary>
    public IEnumerable<CompactEdge> InEdges(int vertex) => InEdgesOf(Checked(vertex));

    /// <summary>The in-edges of <paramref name="vertex"/>, or false when it is not a vertex.</summary>
    public bool TryGetInEdges(int vertex, out IEnumerable<CompactEdge> edges)
    {
        edges = ContainsVertex(vertex) ? InEdgesOf(vertex) : [];
        return ContainsVertex(vertex);
    }

    /// <summary>The <paramref name="index"/>-th in-edge of <paramref name="vertex"/>.</summary>
    public CompactEdge InEdge(int vertex, int index)
    {
        var rev = Reverse;
        if ((uint)index >= (uint)rev.InDegree(Checked(vertex))) throw new ArgumentOutOfRangeException(nameof(index));
        var p = rev.Offsets[vertex] + index;
        return new CompactEdge(this, rev.Sources[p], vertex, rev.Edges[p]);
    }

    /// <summary>In-degree plus out-degree.</summary>
    public int Degree(int vertex) => InDegree(vertex) + OutDegree(vertex);

    private IEnumerable<CompactEdge> OutEdgesOf(int u)
    {
        for (var e = FirstEdge(u); e < EndEdge(u); e++) yield return new CompactEdge(this, u, Target(e), e);
    }

    private IEnumerable<CompactEdge> InEdgesOf(int v)
    {
        var rev = Reverse;
        for (var p = rev.Offsets[v]; p < rev.Offsets[v + 1]; p++) yield return new CompactEdge(this, rev.Sources[p], v, rev.Edges[p]);
    }

    private int Checked(int vertex) => ContainsVertex(vertex) ? vertex : throw new VertexNotFoundException($"vertex {vertex} is not in 0..{VertexCount - 1}");
}
