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
    private readonly bool[] _inHeap;

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
        _inHeap = new bool[n];
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
        _inHeap[source] = true;
        var rev = reverse ? g.Reverse : null;
        while (_heap.Count > 0)
        {
            var u = _heap.Pop(out var du);
            _inHeap[u] = false;
            Rank[u] = Reached;
            Order[Reached++] = u;
            int start, end;
            if (rev is null) { start = g.FirstEdge(u); end = g.EndEdge(u); }
            else { start = rev.Offsets[u]; end = rev.Offsets[u + 1]; }
            for (var p = start; p < end; p++)
            {
                int v; double len;
                if (rev is null) { v = g.Targets[p]; len = g.Distances[p]; }
                else { v = rev.Sources[p]; len = g.Distances[rev.Edges[p]]; }
                if (Rank[v] >= 0) continue;
                var dv = du + len;
                if (double.IsPositiveInfinity(Dist[v])) { Dist[v] = dv; _heap.Push(v, dv); _inHeap[v] = true; }
                else if (dv < Dist[v]) { Dist[v] = dv; _heap.Decrease(v, dv); }
            }
        }
        // Path counts in settling order, from predecessors re-derived with the tie test:
        // v precedes w when v settled before w and dist[v] + len(v, w) ties with dist[w].
        Sigma[source] = 1;
        for (var i = 1; i < Reached; i++)
        {
            var w = Order[i];
            var dw = Dist[w];
            var sigma = 0.0;
            if (rev is null)
            {
                var r = g.Reverse;
                for (var p = r.Offsets[w]; p < r.Offsets[w + 1]; p++)
                {
                    var v = r.Sources[p];
                    if (Rank[v] >= 0 && Rank[v] < i && Ties(Dist[v] + g.Distances[r.Edges[p]], dw)) sigma += Sigma[v];
                }
            }
            else
            {
                for (var e = g.FirstEdge(w); e < g.EndEdge(w); e++)
                {
                    var v = g.Targets[e];
                    if (Rank[v] >= 0 && Rank[v] < i && Ties(Dist[v] + g.Distances[e], dw)) sigma += Sigma[v];
                }
            }
            Sigma[w] = sigma;
        }
    }
}
