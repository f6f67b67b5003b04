using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Draws uniform random shortest paths between uniform random pairs, for <see cref="ApproximateBetweenness"/>.
/// One per thread: its buffers are stamped with a generation, so a sample costs only what its search touches.</summary>
internal sealed class PathSampler
{
    private readonly CompactGraph _graph;
    private Random _random = null!;
    private readonly bool _unit;
    private readonly int[] _seenF, _seenB;
    private readonly int[] _depthF, _depthB;
    private readonly double[] _sigmaF, _sigmaB;
    private readonly List<int> _frontierF = [], _frontierB = [], _next = [];
    private readonly WeightedPathSampler? _weighted;
    private int _generation;

    public PathSampler(CompactGraph graph, bool unitLengths)
    {
        _graph = graph;
        _unit = unitLengths;
        var n = graph.VertexCount;
        Hits = new double[n];
        _seenF = unitLengths ? new int[n] : [];
        _seenB = unitLengths ? new int[n] : [];
        _depthF = unitLengths ? new int[n] : [];
        _depthB = unitLengths ? new int[n] : [];
        _sigmaF = unitLengths ? new double[n] : [];
        _sigmaB = unitLengths ? new double[n] : [];
        _weighted = unitLengths ? null : new WeightedPathSampler(graph);
    }

    /// <summary>How many of the paths drawn so far pass through each vertex (inner vertices only).</summary>
    public double[] Hits { get; }

    /// <summary>Draws <paramref name="samples"/> pairs and paths with <paramref name="random"/>, adding to <see cref="Hits"/>.</summary>
    public void Run(int samples, Random random)
    {
        _random = random;
        var n = _graph.VertexCount;
        var hits = Hits;
        for (var i = 0; i < samples; i++)
        {
            var s = _random.Next(n);
            var t = _random.Next(n - 1);
            if (t >= s) t++;
            if (_unit) SampleUnit(s, t, hits);
            else _weighted!.Sample(s, t, hits, random);
        }
    }

    /// <summary>Balanced bidirectional BFS that counts shortest paths from both ends, then one path drawn uniformly.</summary>
    private void SampleUnit(int s, int t, double[] hits)
    {
        var g = _graph;
        var offsets = g.Offsets;
        var targets = g.Targets;
        var rev = g.Reverse;
        var gen = ++_generation;
        _seenF[s] = gen; _depthF[s] = 0; _sigmaF[s] = 1;
        _seenB[t] = gen; _depthB[t] = 0; _sigmaB[t] = 1;
        _frontierF.Clear(); _frontierF.Add(s);
        _frontierB.Clear(); _frontierB.Add(t);
        int depthF = 0, depthB = 0;
        while (_frontierF.Count > 0 && _frontierB.Count > 0)
        {
            long costF = 0, costB = 0;
            foreach (var u in _frontierF) costF += offsets[u + 1] - offsets[u];
            foreach (var v in _frontierB) costB += rev.Offsets[v + 1] - rev.Offsets[v];
            var forward = costF <= costB;
            var meet = false;
            _next.Clear();
            if (forward)
            {
                foreach (var u in _frontierF)
                {
                    for (var e = offsets[u]; e < offsets[u + 1]; e++)
                    {
                        var v = targets[e];
                        if (_seenF[v] != gen) { _seenF[v] = gen; _depthF[v] = depthF + 1; _sigmaF[v] = _sigmaF[u]; _next.Add(v); meet |= _seenB[v] == gen; }
                        else if (_depthF[v] == depthF + 1) _sigmaF[v] += _sigmaF[u];
                    }
                }
                depthF++;
                _frontierF.Clear(); _frontierF.AddRange(_next);
            }
            else
            {
                foreach (var v in _frontierB)
                {
                    for (var p = rev.Offsets[v]; p < rev.Offsets[v + 1]; p++)
                    {
                        var u = rev.Sources[p];
                        if (_seenB[u] != gen) { _seenB[u] = gen; _depthB[u] = depthB + 1; _sigmaB[u] = _sigmaB[v]; _next.Add(u); meet |= _seenF[u] == gen; }
                        else if (_depthB[u] == depthB + 1) _sigmaB[u] += _sigmaB[v];
                    }
                }
                depthB++;
                _frontierB.Clear(); _frontierB.AddRange(_next);
            }
            if (!meet) continue;
            // Every meeting vertex is at depth depthF forward and depthB backward (no vertex was seen by both before).
            var layer = forward ? _frontierF : _frontierB;
            var total = 0.0;
            foreach (var v in layer) if (_seenF[v] == gen && _seenB[v] == gen) total += _sigmaF[v] * _sigmaB[v];
            var pick = _random.NextDouble() * total;
            var middle = -1;
            foreach (var v in layer)
            {
                if (_seenF[v] != gen || _seenB[v] != gen) continue;
                middle = v;
                pick -= _sigmaF[v] * _sigmaB[v];
                if (pick < 0) break;
            }
            if (middle != s && middle != t) hits[middle]++;
            for (var w = middle; w != s;)
            {
                w = PickUnit(w, gen, _seenF, _depthF, _sigmaF, rev.Offsets, rev.Sources);
                if (w != s) hits[w]++;
            }
            for (var w = middle; w != t;)
            {
                w = PickUnit(w, gen, _seenB, _depthB, _sigmaB, offsets, targets);
                if (w != t) hits[w]++;
            }
            return;
        }
    }

    /// <summary>A neighbour of <paramref name="w"/> one layer closer to that side's root, drawn in proportion to its path count.</summary>
    private int PickUnit(int w, int gen, int[] seen, int[] depth, double[] sigma, ReadOnlySpan<int> offsets, ReadOnlySpan<int> ends)
    {
        var pick = _random.NextDouble() * sigma[w];
        var chosen = -1;
        for (var p = offsets[w]; p < offsets[w + 1]; p++)
        {
            var u = ends[p];
            if (seen[u] != gen || depth[u] != depth[w] - 1) continue;
            chosen = u;
            pick -= sigma[u];
            if (pick < 0) break;
        }
        return chosen;
    }

}
