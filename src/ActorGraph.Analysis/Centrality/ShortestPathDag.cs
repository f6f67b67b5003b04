using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Single-source Dijkstra that also counts shortest paths (σ) and records each vertex's predecessors on them,
/// forward or over reversed edges. Two path lengths within <see cref="Tolerance"/> of each other count as equal (a tie),
/// so that sums of the same lengths in a different order do not break ties. Predecessors are kept in a flat array with
/// one slot per in-edge (a vertex has at most as many predecessors as in-edges), so Brandes' accumulation walks only
/// the shortest-path DAG, not every in-edge. Memory O(V + E); not thread-safe: one per thread.</summary>
internal sealed class ShortestPathDag
{
    private readonly CompactGraph _graph;
    private readonly MonotoneRadixHeap _heap = new();
    private readonly int[] _predecessors;
    private readonly int[] _predecessorCount;
    private bool _reverse;

    public ShortestPathDag(CompactGraph graph, double tolerance)
    {
        _graph = graph;
        Tolerance = tolerance;
        var n = graph.VertexCount;
        Dist = new double[n];
        Sigma = new double[n];
        Rank = new int[n];
        Order = new int[n];
        _predecessors = new int[graph.EdgeCount];
        _predecessorCount = new int[n];
    }

    public double Tolerance { get; }
    public double[] Dist { get; }
    public double[] Sigma { get; }
    /// <summary>Settling position per vertex, -1 when unreached.</summary>
    public int[] Rank { get; }
    /// <summary>Vertices in settling order (non-decreasing distance); the first <see cref="Reached"/> are valid.</summary>
    public int[] Order { get; }
    public int Reached { get; private set; }

    /// <summary>True when a path of length <paramref name="candidate"/> ties with <paramref name="best"/>.</summary>
    public bool Ties(double candidate, double best) => Math.Abs(candidate - best) <= Tolerance * Math.Max(1.0, Math.Abs(best));

    /// <summary>The predecessors of <paramref name="w"/> on shortest paths from the last source.</summary>
    public ReadOnlySpan<int> Predecessors(int w)
    {
        var start = _reverse ? _graph.Offsets[w] : _graph.Reverse.Offsets[w];
        return _predecessors.AsSpan(start, _predecessorCount[w]);
    }

    public void Run(int source, bool reverse)
    {
        var g = _graph;
        _reverse = reverse;
        Array.Fill(Dist, double.PositiveInfinity);
        Array.Fill(Rank, -1);
        Reached = 0;
        _heap.Clear();
        var r = g.Reverse;
        // Forward: walk out-edges; a vertex's predecessor slots are its in-edge range. Reverse: the other way round.
        var walkOffsets = reverse ? r.Offsets : g.Offsets;
        var walkEnds = reverse ? r.Sources : g.Targets;
        var slotOffsets = reverse ? g.Offsets : r.Offsets;
        var distances = g.Distances;
        var revEdges = r.Edges;
        var dist = Dist;
        var rank = Rank;
        var order = Order;
        var sigma = Sigma;
        var preds = _predecessors;
        var predCount = _predecessorCount;
        dist[source] = 0;
        sigma[source] = 1;
        predCount[source] = 0;
        _heap.Push(source, 0);
        while (_heap.Count > 0)
        {
            var u = _heap.Pop(out var du);
            if (rank[u] >= 0) continue; // a stale entry: u was settled at a shorter distance
            rank[u] = Reached;
            order[Reached++] = u;
            var su = sigma[u];
            for (var p = walkOffsets[u]; p < walkOffsets[u + 1]; p++)
            {
                var v = walkEnds[p];
                if (rank[v] >= 0) continue;
                var dv = du + distances[reverse ? revEdges[p] : p];
                var old = dist[v];
                if (double.IsPositiveInfinity(old))
                {
                    dist[v] = dv; sigma[v] = su;
                    preds[slotOffsets[v]] = u; predCount[v] = 1;
                    _heap.Push(v, dv);
                }
                else if (Ties(dv, old))
                {
                    sigma[v] += su;
                    preds[slotOffsets[v] + predCount[v]++] = u;
                }
                else if (dv < old)
                {
                    dist[v] = dv; sigma[v] = su;
                    preds[slotOffsets[v]] = u; predCount[v] = 1;
                    _heap.Push(v, dv);
                }
            }
        }
    }
}
