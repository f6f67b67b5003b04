using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Paths;

/// <summary>Source-to-target Dijkstra on a <see cref="CompactGraph"/> that stops when the target is settled,
/// with vertices and edges that can be blocked (for Yen's spur searches). Work arrays are allocated once
/// and reset lazily with generation stamps, so a search costs O((V' + E') log V') for the V' vertices it
/// reaches, not O(V). Not thread-safe: one instance per thread.</summary>
public sealed class DijkstraSearch
{
    private readonly CompactGraph _graph;
    private readonly double[] _dist;
    private readonly int[] _prevEdge;
    private readonly int[] _prevVertex;
    private readonly int[] _seen;
    private readonly int[] _settled;
    private readonly int[] _blockedVertex;
    private readonly int[] _blockedEdge;
    private readonly IndexedMinHeap _heap;
    private int _generation;
    private int _blockGeneration = 1;
    private double[]? _potential;
    private BackwardState? _backward;

    /// <summary>Allocates work arrays for <paramref name="graph"/>: O(V + E) once.</summary>
    public DijkstraSearch(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        var n = graph.VertexCount;
        _dist = new double[n];
        _prevEdge = new int[n];
        _prevVertex = new int[n];
        _seen = new int[n];
        _settled = new int[n];
        _blockedVertex = new int[n];
        _blockedEdge = new int[graph.EdgeCount];
        _heap = new IndexedMinHeap(n);
    }

    /// <summary>Vertices settled by the last <see cref="Run"/>: a measure of its work.</summary>
    public int LastSettledCount { get; private set; }

    /// <summary>True when a potential is set.</summary>
    public bool HasPotential => _potential is not null;

    /// <summary>The graph searched.</summary>
    public CompactGraph Graph => _graph;

    /// <summary>Sets a lower bound on each vertex's distance to the target (A* potential), or null for plain Dijkstra.
    /// It must be consistent (h(u) ≤ len(u, v) + h(v)); exact distances to the target in the unblocked graph are, and
    /// stay valid when vertices or edges are blocked. Vertices with an infinite bound cannot reach the target and are skipped.</summary>
    public void SetPotential(double[]? potential)
    {
        if (potential is not null && potential.Length != _graph.VertexCount) throw new ArgumentException("one bound per vertex is needed", nameof(potential));
        _potential = potential;
    }

    /// <summary>Exact distances from every vertex to <paramref name="target"/> (infinity when it cannot be reached):
    /// a one-to-all Dijkstra over the reversed edges, O((V + E) log V). The best potential for <see cref="SetPotential"/>.</summary>
    public static double[] DistancesTo(CompactGraph graph, int target) => DistancesTo(graph, target, -1, double.PositiveInfinity);

    /// <summary>Like <see cref="DistancesTo(CompactGraph, int)"/>, but stops once <paramref name="source"/> is settled and
    /// the search radius exceeds <paramref name="radiusFactor"/> times its distance R; every vertex not settled by then gets
    /// the bound R' (the radius reached), which is still a consistent lower bound. Much cheaper when the target is close.
    /// Vertices that cannot reach the target at all keep infinity only when the search ran to completion.</summary>
    public static double[] DistancesTo(CompactGraph graph, int target, int source, double radiusFactor)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var dist = new double[n];
        Array.Fill(dist, double.PositiveInfinity);
        var done = new bool[n];
        var heap = new IndexedMinHeap(n);
        var rev = graph.Reverse;
        var offsets = rev.Offsets;
        var sources = rev.Sources;
        var edges = rev.Edges;
        var distances = graph.Distances;
        dist[target] = 0;
        heap.Push(target, 0);
        var limit = double.PositiveInfinity;
        while (heap.Count > 0)
        {
            var v = heap.Pop(out var dv);
            if (dv > limit)
            {
                // Truncate: everything unsettled is at least dv away (consistent bound, see the summary).
                for (var u = 0; u < n; u++) if (!done[u]) dist[u] = dv;
                return dist;
            }
            done[v] = true;
            if (v == source) limit = dv * radiusFactor;
            for (var p = offsets[v]; p < offsets[v + 1]; p++)
            {
                var u = sources[p];
                if (done[u]) continue;
                var du = dv + distances[edges[p]];
                if (double.IsPositiveInfinity(dist[u])) { dist[u] = du; heap.Push(u, du); }
                else if (du < dist[u]) { dist[u] = du; heap.Decrease(u, du); }
            }
        }
        return dist;
    }

    /// <summary>Clears every block (O(1)).</summary>
    public void ClearBlocks() => _blockGeneration++;

    /// <summary>Blocks a vertex until <see cref="ClearBlocks"/>.</summary>
    public void BlockVertex(int v) => _blockedVertex[v] = _blockGeneration;

    /// <summary>Blocks an edge until <see cref="ClearBlocks"/>.</summary>
    public void BlockEdge(int e) => _blockedEdge[e] = _blockGeneration;

    /// <summary>The shortest path from <paramref name="source"/> to <paramref name="target"/> avoiding blocked
    /// vertices and edges, or null when there is none.</summary>
    public GraphPath? Run(int source, int target)
    {
        var g = _graph;
        if (_blockedVertex[source] == _blockGeneration || _blockedVertex[target] == _blockGeneration) return null;
        var h = _potential;
        LastSettledCount = 0;
        if (h is not null && double.IsPositiveInfinity(h[source])) return null;
        var gen = ++_generation;
        _heap.Clear();
        _dist[source] = 0;
        _seen[source] = gen;
        _prevEdge[source] = -1;
        _heap.Push(source, h is null ? 0 : h[source]);
        var offsets = g.Offsets;
        var targets = g.Targets;
        var distances = g.Distances;
        var settled = 0;
        while (_heap.Count > 0)
        {
            var u = _heap.Pop(out _);
            var du = _dist[u];
            _settled[u] = gen;
            settled++;
            if (u == target)
            {
                LastSettledCount = settled;
                return Trace(source, target, du);
            }
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                if (_blockedEdge[e] == _blockGeneration) continue;
                var v = targets[e];
                if (_settled[v] == gen || _blockedVertex[v] == _blockGeneration) continue;
                var hv = h is null ? 0 : h[v];
                if (double.IsPositiveInfinity(hv)) continue;
                var dv = du + distances[e];
                if (_seen[v] != gen)
                {
                    _seen[v] = gen;
                    _dist[v] = dv;
                    _prevEdge[v] = e;
                    _prevVertex[v] = u;
                    _heap.Push(v, dv + hv);
                }
                else if (dv < _dist[v])
                {
                    _dist[v] = dv;
                    _prevEdge[v] = e;
                    _prevVertex[v] = u;
                    _heap.Decrease(v, dv + hv);
                }
            }
        }
        LastSettledCount = settled;
        return null;
    }

    /// <summary>Like <see cref="Run"/> without a potential, but searching from both ends at once (forward from the source
    /// over out-edges, backward from the target over in-edges, the smaller frontier first) and stopping when the two
    /// frontiers' smallest keys add up to the best meeting found. On small-world graphs the two balls it explores are far
    /// smaller than the one a single search needs. Blocks apply as in <see cref="Run"/>.</summary>
    public GraphPath? RunBidirectional(int source, int target)
    {
        var g = _graph;
        if (_blockedVertex[source] == _blockGeneration || _blockedVertex[target] == _blockGeneration) return null;
        if (source == target) return Run(source, target);
        var back = _backward ??= new BackwardState(g.VertexCount);
        var rev = g.Reverse;
        var gen = ++_generation;
        var heapF = _heap;
        var heapB = back.Heap;
        heapF.Clear();
        heapB.Clear();
        _dist[source] = 0; _seen[source] = gen; _prevEdge[source] = -1; heapF.Push(source, 0);
        back.Dist[target] = 0; back.Seen[target] = gen; back.NextEdge[target] = -1; heapB.Push(target, 0);
        var offsets = g.Offsets;
        var targets = g.Targets;
        var distances = g.Distances;
        var best = double.PositiveInfinity;
        int meetA = -1, meetEdge = -1, meetB = -1, settled = 0;
        while (heapF.Count > 0 && heapB.Count > 0)
        {
            if (heapF.PeekKey + heapB.PeekKey >= best) break;
            settled++;
            if (heapF.Count <= heapB.Count)
            {
                var u = heapF.Pop(out var du);
                _settled[u] = gen;
                for (var e = offsets[u]; e < offsets[u + 1]; e++)
                {
                    if (_blockedEdge[e] == _blockGeneration) continue;
                    var v = targets[e];
                    if (_settled[v] == gen || _blockedVertex[v] == _blockGeneration) continue;
                    var dv = du + distances[e];
                    if (_seen[v] != gen) { _seen[v] = gen; _dist[v] = dv; _prevEdge[v] = e; _prevVertex[v] = u; heapF.Push(v, dv); }
                    else if (dv < _dist[v]) { _dist[v] = dv; _prevEdge[v] = e; _prevVertex[v] = u; heapF.Decrease(v, dv); }
                    if (back.Seen[v] == gen && du + distances[e] + back.Dist[v] < best)
                    {
                        best = du + distances[e] + back.Dist[v];
                        (meetA, meetEdge, meetB) = (u, e, v);
                    }
                }
            }
            else
            {
                var v = heapB.Pop(out var dv);
                back.Settled[v] = gen;
                for (var p = rev.Offsets[v]; p < rev.Offsets[v + 1]; p++)
                {
                    var e = rev.Edges[p];
                    if (_blockedEdge[e] == _blockGeneration) continue;
                    var u = rev.Sources[p];
                    if (back.Settled[u] == gen || _blockedVertex[u] == _blockGeneration) continue;
                    var du = dv + distances[e];
                    if (back.Seen[u] != gen) { back.Seen[u] = gen; back.Dist[u] = du; back.NextEdge[u] = e; back.NextVertex[u] = v; heapB.Push(u, du); }
                    else if (du < back.Dist[u]) { back.Dist[u] = du; back.NextEdge[u] = e; back.NextVertex[u] = v; heapB.Decrease(u, du); }
                    if (_seen[u] == gen && _dist[u] + distances[e] + dv < best)
                    {
                        best = _dist[u] + distances[e] + dv;
                        (meetA, meetEdge, meetB) = (u, e, v);
                    }
                }
            }
        }
        LastSettledCount = settled;
        if (meetEdge < 0) return null;
        // Predecessor and successor chains may have improved since the meeting was recorded; they only get shorter,
        // and the search ends at the optimum, so the joined path is a shortest one (its cost is recomputed).
        return BidirectionalPath.Join(g, source, target, meetA, meetEdge, meetB, _prevVertex, _prevEdge, back.NextVertex, back.NextEdge)
            ?? Run(source, target);
    }

    private GraphPath Trace(int source, int target, double cost)
    {
        var hops = 0;
        for (var v = target; v != source; v = _prevVertex[v]) hops++;
        var vertices = new int[hops + 1];
        var edges = new int[hops];
        var v2 = target;
        for (var i = hops; i > 0; i--)
        {
            vertices[i] = v2;
            edges[i - 1] = _prevEdge[v2];
            v2 = _prevVertex[v2];
        }
        vertices[0] = source;
        return new GraphPath(ImmutableCollectionsMarshal.AsImmutableArray(vertices), ImmutableCollectionsMarshal.AsImmutableArray(edges), cost);
    }
}
