using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Draws uniform random shortest paths between uniform random pairs, for <see cref="ApproximateBetweenness"/>.
/// One per thread: its buffers are stamped with a generation, so a sample costs only what its search touches.</summary>
internal sealed class PathSampler
{
    private readonly CompactGraph _graph;
    private Random _random = null!;
    private readonly bool _unit;
    private readonly Mark[] _f, _b; // per vertex, forward and backward: one cache line per visit instead of three
    private readonly List<int> _frontierF = [], _frontierB = [], _next = [];
    private readonly WeightedPathSampler? _weighted;
    private int _generation;

    public PathSampler(CompactGraph graph, bool unitLengths)
    {
        _graph = graph;
        _unit = unitLengths;
        var n = graph.VertexCount;
        Hits = new double[n];
        _f = unitLengths ? new Mark[n] : [];
        _b = unitLengths ? new Mark[n] : [];
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
        var revOffsets = rev.Offsets;
        var revSources = rev.Sources;
        var gen = ++_generation;
        var f = _f;
        var b = _b;
        f[s] = new Mark(gen, 0, 1);
        b[t] = new Mark(gen, 0, 1);
        _frontierF.Clear(); _frontierF.Add(s);
        _frontierB.Clear(); _frontierB.Add(t);
        int depthF = 0, depthB = 0;
        while (_frontierF.Count > 0 && _frontierB.Count > 0)
        {
            long costF = 0, costB = 0;
            foreach (var u in CollectionsMarshal.AsSpan(_frontierF)) costF += offsets[u + 1] - offsets[u];
            foreach (var v in CollectionsMarshal.AsSpan(_frontierB)) costB += revOffsets[v + 1] - revOffsets[v];
            var forward = costF <= costB;
            var meet = false;
            _next.Clear();
            if (forward)
            {
                foreach (var u in CollectionsMarshal.AsSpan(_frontierF))
                {
                    var sigma = f[u].Sigma;
                    for (var e = offsets[u]; e < offsets[u + 1]; e++)
                    {
                        var v = targets[e];
                        ref var m = ref f[v];
                        if (m.Seen != gen) { m = new Mark(gen, depthF + 1, sigma); _next.Add(v); meet |= b[v].Seen == gen; }
                        else if (m.Depth == depthF + 1) m.Sigma += sigma;
                    }
                }
                depthF++;
                _frontierF.Clear(); _frontierF.AddRange(_next);
            }
            else
            {
                foreach (var v in CollectionsMarshal.AsSpan(_frontierB))
                {
                    var sigma = b[v].Sigma;
                    for (var p = revOffsets[v]; p < revOffsets[v + 1]; p++)
                    {
                        var u = revSources[p];
                        ref var m = ref b[u];
                        if (m.Seen != gen) { m = new Mark(gen, depthB + 1, sigma); _next.Add(u); meet |= f[u].Seen == gen; }
                        else if (m.Depth == depthB + 1) m.Sigma += sigma;
                    }
                }
                depthB++;
                _frontierB.Clear(); _frontierB.AddRange(_next);
            }
            if (!meet) continue;
            // Every meeting vertex is at depth depthF forward and depthB backward (no vertex was seen by both before).
            var layer = forward ? _frontierF : _frontierB;
            var total = 0.0;
            foreach (var v in layer) if (f[v].Seen == gen && b[v].Seen == gen) total += f[v].Sigma * b[v].Sigma;
            var pick = _random.NextDouble() * total;
            var middle = -1;
            foreach (var v in layer)
            {
                if (f[v].Seen != gen || b[v].Seen != gen) continue;
                middle = v;
                pick -= f[v].Sigma * b[v].Sigma;
                if (pick < 0) break;
            }
            if (middle != s && middle != t) hits[middle]++;
            for (var w = middle; w != s;)
            {
                w = PickUnit(w, gen, f, revOffsets, revSources);
                if (w != s) hits[w]++;
            }
            for (var w = middle; w != t;)
            {
                w = PickUnit(w, gen, b, offsets, targets);
                if (w != t) hits[w]++;
            }
            return;
        }
    }

    /// <summary>A neighbour of <paramref name="w"/> one layer closer to that side's root, drawn in proportion to its path count.</summary>
    private int PickUnit(int w, int gen, Mark[] side, ReadOnlySpan<int> offsets, ReadOnlySpan<int> ends)
    {
        var pick = _random.NextDouble() * side[w].Sigma;
        var closer = side[w].Depth - 1;
        var chosen = -1;
        for (var p = offsets[w]; p < offsets[w + 1]; p++)
        {
            var u = ends[p];
            if (side[u].Seen != gen || side[u].Depth != closer) continue;
            chosen = u;
            pick -= side[u].Sigma;
            if (pick < 0) break;
        }
        return chosen;
    }

    /// <summary>One side's state of a vertex: the sample that last reached it, its depth and its shortest-path count.</summary>
    private record struct Mark(int Seen, int Depth, double Sigma);
}
