using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Single-source Dijkstra that also counts shortest paths (σ), forward or over reversed edges. Two path
/// lengths within <see cref="Tolerance"/> of each other count as equal (a tie), so that sums of the same lengths in a
/// different order do not break ties. Predecessors are not stored: they are re-derived from the (reverse) edges
/// with the same test. Not thread-safe.</summary>
internal sealed class ShortestPathDag
{
    private readonly CompactGraph _graph;
    private readonly IndexedMinHeap _heap;

    public ShortestPathDag(CompactGraph graph, double tolerance)
    {
        _graph = graph;
        Tolerance = tolerance;
        var n = graph.VertexCount;
        Dist = new double[n];
        Sigma = new double[n];
        Rank = new int[n];
        Order = new int[n];
        _heap = new IndexedMinHeap(n);
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

    public void Run(int source, bool reverse)
    {
        var g = _graph;
        Array.Fill(Dist, double.PositiveInfinity);
        Array.Fill(Rank, -1);
        Array.Clear(Sigma);
        Reached = 0;
        _heap.Clear();
        Dist[source] = 0;
        _heap.Push(source, 0);
        var r = g.Reverse;
        // Forward: walk out-edges to find distances, in-edges to re-derive predecessors; reverse: the other way round.
        var walkOffsets = reverse ? r.Offsets : g.Offsets;
        var walkEnds = reverse ? r.Sources : g.Targets;
        var backOffsets = reverse ? g.Offsets : r.Offsets;
        var backEnds = reverse ? g.Targets : r.Sources;
        var distances = g.Distances;
        var revEdges = r.Edges;
        var dist = Dist;
        var rank = Rank;
        var order = Order;
        var sigmaOf = Sigma;
        while (_heap.Count > 0)
        {
            var u = _heap.Pop(out var du);
            rank[u] = Reached;
            order[Reached++] = u;
            for (var p = walkOffsets[u]; p < walkOffsets[u + 1]; p++)
            {
                var v = walkEnds[p];
                if (rank[v] >= 0) continue;
                var dv = du + distances[reverse ? revEdges[p] : p];
                if (double.IsPositiveInfinity(dist[v])) { dist[v] = dv; _heap.Push(v, dv); }
                else if (dv < dist[v]) { dist[v] = dv; _heap.Decrease(v, dv); }
            }
        }
        // Path counts in settling order, from predecessors re-derived with the tie test:
        // v precedes w when v settled before w and dist[v] + len(v, w) ties with dist[w].
        sigmaOf[source] = 1;
        for (var i = 1; i < Reached; i++)
        {
            var w = order[i];
            var dw = dist[w];
            var sigma = 0.0;
            for (var p = backOffsets[w]; p < backOffsets[w + 1]; p++)
            {
                var v = backEnds[p];
                var rv = rank[v];
                if (rv >= 0 && rv < i && Ties(dist[v] + distances[reverse ? p : revEdges[p]], dw)) sigma += sigmaOf[v];
            }
            sigmaOf[w] = sigma;
        }
    }
}
