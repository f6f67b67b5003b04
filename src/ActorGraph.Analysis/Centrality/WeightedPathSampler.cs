using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Draws one shortest s→t path uniformly among all of them on a graph with positive edge lengths, for
/// <see cref="ApproximateBetweenness"/>: a bidirectional Dijkstra that counts shortest paths on both sides, then a
/// draw over the edges where the two searches meet. One per thread; buffers are stamped with a generation.</summary>
/// <remarks>
/// <para>The searches stop once the two smallest keys add up to more than the best s→t length μ found (plus the tie
/// tolerance). Then every vertex x on a shortest path is settled by at least one side: if d(s,x) is below the forward
/// key it was settled forward, else d(x,t) = μ − d(s,x) is below the backward key. Along a shortest path the
/// forward-settled vertices form a prefix, so each path has exactly one edge (u, v) with u its last forward-settled
/// vertex, and v settled backward: σ(s,t) = Σ σ_s(u) · σ_t(v) over those edges, each count exact on its side. A path is
/// drawn by choosing such an edge in proportion to σ_s(u) · σ_t(v), then predecessors of u and successors of v in
/// proportion to their path counts: every shortest path has probability 1 / σ(s,t).</para>
/// <para>Cost: what the two searches touch, O(k log k) for k touched vertices, instead of a one-sided search's
/// half of the graph on average.</para>
/// </remarks>
internal sealed class WeightedPathSampler
{
    private const double Tolerance = 1e-9;
    private readonly CompactGraph _graph;
    private readonly int[] _seenF, _seenB, _doneF, _doneB;
    private readonly double[] _distF, _distB, _sigmaF, _sigmaB;
    private readonly IndexedMinHeap _heapF, _heapB;
    private readonly List<int> _settledF = [];
    private int _generation;

    public WeightedPathSampler(CompactGraph graph)
    {
        _graph = graph;
        var n = graph.VertexCount;
        _seenF = new int[n]; _seenB = new int[n]; _doneF = new int[n]; _doneB = new int[n];
        _distF = new double[n]; _distB = new double[n]; _sigmaF = new double[n]; _sigmaB = new double[n];
        _heapF = new IndexedMinHeap(n);
        _heapB = new IndexedMinHeap(n);
    }

    /// <summary>Draws a shortest s→t path and adds 1 to <paramref name="hits"/> at each of its inner vertices (nothing
    /// when t is unreachable).</summary>
    public void Sample(int s, int t, double[] hits, Random random)
    {
        var g = _graph;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var lengths = g.Distances;
        var rev = g.Reverse;
        var gen = ++_generation;
        _heapF.Clear(); _heapB.Clear(); _settledF.Clear();
        _seenF[s] = gen; _distF[s] = 0; _sigmaF[s] = 1; _heapF.Push(s, 0);
        _seenB[t] = gen; _distB[t] = 0; _sigmaB[t] = 1; _heapB.Push(t, 0);
        var mu = double.PositiveInfinity;
        while (_heapF.Count > 0 && _heapB.Count > 0)
        {
            if (_heapF.PeekKey + _heapB.PeekKey > mu + Tolerance * Math.Max(1.0, mu)) break;
            if (_heapF.Count <= _heapB.Count)
            {
                var u = _heapF.Pop(out var du);
                _doneF[u] = gen;
                _settledF.Add(u);
                for (var e = offsets[u]; e < offsets[u + 1]; e++)
                {
                    var v = targets[e];
                    if (_doneF[v] == gen) continue;
                    Relax(_heapF, _seenF, _distF, _sigmaF, gen, v, du + lengths[e], _sigmaF[u]);
                    if (_seenB[v] == gen) mu = Math.Min(mu, _distF[v] + _distB[v]);
                }
            }
            else
            {
                var v = _heapB.Pop(out var dv);
                _doneB[v] = gen;
                for (var p = rev.Offsets[v]; p < rev.Offsets[v + 1]; p++)
                {
                    var u = rev.Sources[p];
                    if (_doneB[u] == gen) continue;
                    Relax(_heapB, _seenB, _distB, _sigmaB, gen, u, dv + lengths[rev.Edges[p]], _sigmaB[v]);
                    if (_seenF[u] == gen) mu = Math.Min(mu, _distF[u] + _distB[u]);
                }
            }
        }
        if (double.IsPositiveInfinity(mu)) return;
        if (_doneF[t] == gen) { WalkBack(t, s, gen, hits, random); return; }
        if (_doneB[s] == gen) { WalkForward(s, t, gen, hits, random); return; }

        // The meeting edges: u settled forward, v settled backward but not forward, on a shortest path.
        var total = 0.0;
        foreach (var u in _settledF) total += MeetingWeight(u, gen, mu, -1, out _);
        var pick = random.NextDouble() * total;
        int chosenU = -1, chosenV = -1;
        foreach (var u in _settledF)
        {
            var w = MeetingWeight(u, gen, mu, pick, out var v);
            if (v < 0) continue;
            (chosenU, chosenV) = (u, v); // the last meeting edge, should rounding carry the draw past the end
            if (pick < w) break;
            pick -= w;
        }
        if (chosenU < 0 || chosenV < 0) return;
        if (chosenU != s) hits[chosenU]++;
        if (chosenV != t) hits[chosenV]++;
        WalkBack(chosenU, s, gen, hits, random);
        WalkForward(chosenV, t, gen, hits, random);
    }

    /// <summary>Σ σ_s(u) · σ_t(v) over u's meeting edges; with <paramref name="pick"/> ≥ 0, also the v at which the running
    /// sum passes it (else the last meeting v, or -1).</summary>
    private double MeetingWeight(int u, int gen, double mu, double pick, out int chosen)
    {
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var lengths = _graph.Distances;
        var sum = 0.0;
        chosen = -1;
        for (var e = offsets[u]; e < offsets[u + 1]; e++)
        {
            var v = targets[e];
            if (_doneB[v] != gen || _doneF[v] == gen || !Ties(_distF[u] + lengths[e] + _distB[v], mu)) continue;
            sum += _sigmaF[u] * _sigmaB[v];
            chosen = v;
            if (pick >= 0 && pick < sum) return sum;
        }
        return sum;
    }

    /// <summary>From <paramref name="w"/> (settled forward) back to <paramref name="s"/>, predecessors drawn in proportion to σ_s.</summary>
    private void WalkBack(int w, int s, int gen, double[] hits, Random random)
    {
        var rev = _graph.Reverse;
        var lengths = _graph.Distances;
        for (var steps = 0; w != s && steps < _graph.VertexCount; steps++)
        {
            var pick = random.NextDouble() * _sigmaF[w];
            var chosen = -1;
            for (var p = rev.Offsets[w]; p < rev.Offsets[w + 1]; p++)
            {
                var u = rev.Sources[p];
                if (_doneF[u] != gen || !Ties(_distF[u] + lengths[rev.Edges[p]], _distF[w])) continue;
                chosen = u;
                pick -= _sigmaF[u];
                if (pick < 0) break;
            }
            if (chosen < 0 || chosen == s) return;
            hits[chosen]++;
            w = chosen;
        }
    }

    /// <summary>From <paramref name="w"/> (settled backward) on to <paramref name="t"/>, successors drawn in proportion to σ_t.</summary>
    private void WalkForward(int w, int t, int gen, double[] hits, Random random)
    {
        var offsets = _graph.Offsets;
        var targets = _graph.Targets;
        var lengths = _graph.Distances;
        for (var steps = 0; w != t && steps < _graph.VertexCount; steps++)
        {
            var pick = random.NextDouble() * _sigmaB[w];
            var chosen = -1;
            for (var e = offsets[w]; e < offsets[w + 1]; e++)
            {
                var v = targets[e];
                if (_doneB[v] != gen || !Ties(_distB[v] + lengths[e], _distB[w])) continue;
                chosen = v;
                pick -= _sigmaB[v];
                if (pick < 0) break;
            }
            if (chosen < 0 || chosen == t) return;
            hits[chosen]++;
            w = chosen;
        }
    }

    private static void Relax(IndexedMinHeap heap, int[] seen, double[] dist, double[] sigma, int gen, int v, double candidate, double paths)
    {
        if (seen[v] != gen) { seen[v] = gen; dist[v] = candidate; sigma[v] = paths; heap.Push(v, candidate); }
        else if (Ties(candidate, dist[v])) sigma[v] += paths;
        else if (candidate < dist[v]) { dist[v] = candidate; sigma[v] = paths; heap.Decrease(v, candidate); }
    }

    private static bool Ties(double candidate, double best) => Math.Abs(candidate - best) <= Tolerance * Math.Max(1.0, Math.Abs(best));
}
