using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>A graph in compressed sparse row form: vertices are ints 0..<see cref="VertexCount"/>-1
/// (for a projection, positions in <see cref="ActorGraphData.Actors"/>), the out-edges of vertex
/// <c>u</c> are the positions <c>Offsets[u] .. Offsets[u+1]-1</c> of the edge arrays. Parallel arcs
/// are collapsed to one edge per (u, v) with the shortest distance and the largest strength, and
/// the edge remembers which relations were merged into it. Immutable once built; safe to share.</summary>
/// <remarks>
/// <para>It is a QuikGraph graph (<see cref="QuikGraph.IBidirectionalGraph{TVertex, TEdge}"/> over <c>int</c> vertices and
/// <see cref="CompactEdge"/> edges), so QuikGraph's algorithms run on these arrays without a copy; the project's own
/// kernels read the arrays directly.</para>
/// <para>About 28 bytes per edge (head, distance, strength, best origin), plus 8 more when parallel arcs were merged
/// (the merged-origin lists), plus 8 for the in-edge index once something asks for it. Build with
/// <see cref="GraphProjection.ToCompact"/> or <see cref="FromArcs"/>: O(V + E) time and memory.</para>
/// </remarks>
public sealed partial class CompactGraph
{
    private readonly int[] _offsets;
    private readonly int[] _targets;
    private readonly double[] _distances;
    private readonly double[] _strengths;
    private readonly int[] _bestOrigin;
    private readonly int[]? _mergedOffsets; // null when every edge has exactly one origin: its best one
    private readonly int[]? _merged;
    private ReverseIndex? _reverse;

    internal CompactGraph(int[] offsets, int[] targets, double[] distances, double[] strengths, int[] bestOrigin,
        int[]? mergedOffsets, int[]? merged, IReadOnlyList<string>? vertexIds, ActorGraphData? data, ProjectionOptions? options, DateOnly? referenceDate)
    {
        _offsets = offsets;
        _targets = targets;
        _distances = distances;
        _strengths = strengths;
        _bestOrigin = bestOrigin;
        _mergedOffsets = mergedOffsets;
        _merged = merged;
        VertexIds = vertexIds;
        Data = data;
        Options = options;
        ReferenceDate = referenceDate;
    }

    /// <summary>Number of vertices.</summary>
    public int VertexCount => _offsets.Length - 1;

    /// <summary>Number of (collapsed) edges.</summary>
    public int EdgeCount => _targets.Length;

    /// <summary>The graph this was projected from, or null for a graph built from raw arcs.</summary>
    public ActorGraphData? Data { get; }

    /// <summary>The options it was projected with, or null for a graph built from raw arcs.</summary>
    public ProjectionOptions? Options { get; }

    /// <summary>The date ages were measured at for the recency penalty (as-of date, else the latest date in the data).</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>A name per vertex (actor ids for a projection), or null.</summary>
    public IReadOnlyList<string>? VertexIds { get; }

    /// <summary>CSR offsets, length V+1.</summary>
    public ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Edge heads, length E.</summary>
    public ReadOnlySpan<int> Targets => _targets;

    /// <summary>Edge lengths (distances, ≥ 1 for a projection: smaller is closer), length E.</summary>
    public ReadOnlySpan<double> Distances => _distances;

    /// <summary>Edge strengths (strength · confidence in 0..1, bigger is stronger; the largest of the merged arcs), length E.</summary>
    public ReadOnlySpan<double> Strengths => _strengths;

    /// <summary>The id of the arc's origin with the shortest distance: for a projection, a relation number of <see cref="Semantics.SemanticIndex"/> (the graph's relations, then process channels).</summary>
    public ReadOnlySpan<int> BestOrigins => _bestOrigin;

    /// <summary>A vertex's name, or its number as text.</summary>
    public string NameOf(int vertex) => VertexIds is { } ids ? ids[vertex] : vertex.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>First edge position of <paramref name="u"/>.</summary>
    public int FirstEdge(int u) => _offsets[u];

    /// <summary>One past the last edge position of <paramref name="u"/>.</summary>
    public int EndEdge(int u) => _offsets[u + 1];

    /// <summary>Out-degree (distinct heads) of <paramref name="u"/>.</summary>
    public int OutDegree(int u) => _offsets[u + 1] - _offsets[u];

    /// <summary>Head of edge <paramref name="e"/>.</summary>
    public int Target(int e) => _targets[e];

    /// <summary>Distance of edge <paramref name="e"/>.</summary>
    public double Distance(int e) => _distances[e];

    /// <summary>Origins (relation indexes for a projection) merged into edge <paramref name="e"/>, in load order.</summary>
    public ReadOnlySpan<int> MergedOrigins(int e) => _merged is null || _mergedOffsets is null
        ? _bestOrigin.AsSpan(e, 1)
        : _merged.AsSpan(_mergedOffsets[e], _mergedOffsets[e + 1] - _mergedOffsets[e]);

    /// <summary>The sign of edge <paramref name="e"/>: its best relation's, or cooperative for raw arcs.</summary>
    public RelationSign SignOf(int e) => Data is { } data ? Semantics.SemanticIndex.Of(data).RelationAt(_bestOrigin[e]).Sign : RelationSign.Cooperative;

    /// <summary>The relations merged into edge <paramref name="e"/>, the best (shortest) first; empty for raw arcs.</summary>
    public IEnumerable<Relation> RelationsOf(int e)
    {
        if (Data is not { } data) yield break;
        var index = Semantics.SemanticIndex.Of(data); // origins count the graph's relations, then process channels
        var best = _bestOrigin[e];
        yield return index.RelationAt(best);
        var merged = MergedOrigins(e).ToArray();
        foreach (var r in merged)
        {
            if (r != best) yield return index.RelationAt(r);
        }
    }

    /// <summary>The edge from <paramref name="u"/> to <paramref name="v"/>, or -1. O(out-degree of u).</summary>
    public int FindEdge(int u, int v)
    {
        for (var e = _offsets[u]; e < _offsets[u + 1]; e++)
        {
            if (_targets[e] == v) return e;
        }
        return -1;
    }

    /// <summary>The in-edges, built on first use in O(V + E) and kept.</summary>
    public ReverseIndex Reverse => _reverse ?? Interlocked.CompareExchange(ref _reverse, ReverseIndex.Build(this), null) ?? _reverse;
}
