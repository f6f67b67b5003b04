namespace ActorGraph.Analysis.Projection;

/// <summary>The in-edges of a <see cref="CompactGraph"/> in CSR form: the in-edges of <c>v</c> are
/// positions <c>Offsets[v] .. Offsets[v+1]-1</c>; <see cref="Sources"/> gives each one's tail and
/// <see cref="Edges"/> its position in the forward arrays (for its distance and relations).</summary>
public sealed class ReverseIndex
{
    private readonly int[] _offsets;
    private readonly int[] _sources;
    private readonly int[] _edges;

    private ReverseIndex(int[] offsets, int[] sources, int[] edges)
    {
        _offsets = offsets;
        _sources = sources;
        _edges = edges;
    }

    /// <summary>CSR offsets, length V+1.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Tail of each in-edge.</summary>
    public ReadOnlySpan<int> Sources => _sources;

    /// <summary>Forward edge position of each in-edge.</summary>
    public ReadOnlySpan<int> Edges => _edges;

    /// <summary>In-degree of <paramref name="v"/>.</summary>
    public int InDegree(int v) => _offsets[v + 1] - _offsets[v];

    internal static ReverseIndex Build(CompactGraph graph)
    {
        var n = graph.VertexCount;
        var targets = graph.Targets;
        var offsets = new int[n + 1];
        foreach (var t in targets) offsets[t + 1]++;
        for (var v = 0; v < n; v++) offsets[v + 1] += offsets[v];
        var fill = (int[])offsets.Clone();
        var sources = new int[targets.Length];
        var edges = new int[targets.Length];
        for (var u = 0; u < n; u++)
        {
            for (var e = graph.FirstEdge(u); e < graph.EndEdge(u); e++)
            {
                var p = fill[targets[e]]++;
                sources[p] = u;
                edges[p] = e;
            }
        }
        return new ReverseIndex(offsets, sources, edges);
    }
}
