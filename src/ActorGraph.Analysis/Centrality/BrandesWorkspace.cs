namespace ActorGraph.Analysis.Centrality;

/// <summary>One thread's buffers for weighted Brandes: Dijkstra from a source counting shortest paths (σ, as doubles) and
/// recording predecessors in flat slots, then the dependency sums in reverse settling order. Allocates nothing per
/// source: only the vertices a search reached are reset after it. Two path lengths count as equal when
/// |a − b| ≤ tolerance · max(1, |b|), the same rule as <see cref="ShortestPathDag"/>, and vertices settle in
/// (distance, vertex) order, so the sums are the same as that class's, operation for operation.
/// O(E log V) per source; memory O(V + E) per thread.</summary>
internal sealed class BrandesWorkspace
{
    private readonly BrandesArcs _arcs;
    private readonly double _tolerance;
    private readonly DaryMinHeap _heap = new();
    private readonly double[] _dist;
    private readonly double[] _sigma;
    private readonly double[] _delta;
    private readonly bool[] _settled;
    private readonly int[] _order;
    private readonly int[] _predecessors;
    private readonly int[] _predecessorCount;

    public BrandesWorkspace(BrandesArcs arcs, double tolerance)
    {
        _arcs = arcs;
        _tolerance = tolerance;
        var n = arcs.VertexCount;
        _dist = new double[n];
        Array.Fill(_dist, double.PositiveInfinity);
        _sigma = new double[n];
        _delta = new double[n];
        _settled = new bool[n];
        _order = new int[n];
        _predecessors = new int[arcs.Arcs.Length];
        _predecessorCount = new int[n];
    }

    /// <summary>Adds each vertex's dependency on <paramref name="source"/> (Brandes' δ) to <paramref name="scores"/>.</summary>
    public void Accumulate(int source, double[] scores)
    {
        var reached = Search(source);
        var order = _order;
        var sigma = _sigma;
        var delta = _delta;
        var preds = _predecessors;
        var predCount = _predecessorCount;
        var slotStart = _arcs.SlotStart;
        for (var i = reached - 1; i > 0; i--)
        {
            var w = order[i];
            var dw = delta[w];
            var coefficient = (1 + dw) / sigma[w];
            foreach (var v in preds.AsSpan(slotStart[w], predCount[w])) delta[v] += sigma[v] * coefficient;
            scores[w] += dw;
        }
        // Reset only what this source touched: every vertex given a distance was settled, so it is in the order.
        var dist = _dist;
        var settled = _settled;
        foreach (var v in order.AsSpan(0, reached))
        {
            dist[v] = double.PositiveInfinity;
            settled[v] = false;
            delta[v] = 0;
        }
    }

    /// <summary>Dijkstra from <paramref name="source"/>; returns how many vertices it settled (the first of the order).</summary>
    private int Search(int source)
    {
        var offsets = _arcs.Offsets;
        var arcs = _arcs.Arcs;
        var slotStart = _arcs.SlotStart;
        var dist = _dist;
        var sigma = _sigma;
        var settled = _settled;
        var order = _order;
        var preds = _predecessors;
        var predCount = _predecessorCount;
        var tolerance = _tolerance;
        var heap = _heap;
        var reached = 0;
        heap.Clear();
        dist[source] = 0;
        sigma[source] = 1;
        predCount[source] = 0;
        heap.Push(source, 0);
        while (heap.Count > 0)
        {
            var u = heap.Pop(out var du);
            if (settled[u]) continue; // a stale entry: u was settled at a shorter distance
            settled[u] = true;
            order[reached++] = u;
            var su = sigma[u];
            foreach (var arc in arcs.AsSpan(offsets[u], offsets[u + 1] - offsets[u]))
            {
                var v = arc.Target;
                if (settled[v]) continue;
                var dv = du + arc.Length;
                var old = dist[v];
                if (double.IsPositiveInfinity(old))
                {
                    dist[v] = dv; sigma[v] = su;
                    preds[slotStart[v]] = u; predCount[v] = 1;
                    heap.Push(v, dv);
                }
                else if (Math.Abs(dv - old) <= tolerance * Math.Max(1.0, Math.Abs(old)))
                {
                    sigma[v] += su;
                    preds[slotStart[v] + predCount[v]++] = u;
                }
                else if (dv < old)
                {
                    dist[v] = dv; sigma[v] = su;
                    preds[slotStart[v]] = u; predCount[v] = 1;
                    heap.Push(v, dv);
                }
            }
        }
        return reached;
    }
}
