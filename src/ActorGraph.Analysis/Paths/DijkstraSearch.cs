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

    /// <summary>The graph searched.</summary>
    public CompactGraph Graph => _graph;

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
        var gen = ++_generation;
        _heap.Clear();
        _dist[source] = 0;
        _seen[source] = gen;
        _prevEdge[source] = -1;
        _heap.Push(source, 0);
        var offsets = g.Offsets;
        var targets = g.Targets;
        var distances = g.Distances;
        while (_heap.Count > 0)
        {
            var u = _heap.Pop(out var du);
            _settled[u] = gen;
            if (u == target) return Trace(source, target, du);
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                if (_blockedEdge[e] == _blockGeneration) continue;
                var v = targets[e];
                if (_settled[v] == gen || _blockedVertex[v] == _blockGeneration) continue;
                var dv = du + distances[e];
                if (_seen[v] != gen)
                {
                    _seen[v] = gen;
                    _dist[v] = dv;
                    _prevEdge[v] = e;
                    _prevVertex[v] = u;
                    _heap.Push(v, dv);
                }
                else if (dv < _dist[v])
                {
                    _dist[v] = dv;
                    _prevEdge[v] = e;
                    _prevVertex[v] = u;
                    _heap.Decrease(v, dv);
                }
            }
        }
        return null;
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
