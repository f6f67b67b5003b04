using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Tests.Projection;

/// <summary>The compact graph is built over the cores in chunks of tails; the result must be the one a plain sequential
/// collapse gives: per tail, one edge per head in the order heads first appear, the shortest distance (the first of
/// equals) and its origin, the largest strength, every merged origin in arc order, self-loops dropped.</summary>
public sealed class CompactGraphBuildTests
{
    [Theory]
    [InlineData(50_000, 400_000, true)]   // several chunks of tails, many parallel arcs and self-loops
    [InlineData(40_000, 60_000, false)]   // no parallel arcs: no merged lists
    [InlineData(7, 40, true)]
    public void Built_graph_equals_a_sequential_collapse(int n, int m, bool parallelArcs)
    {
        var random = new Random(n + m);
        var src = new int[m];
        var dst = new int[m];
        var dist = new double[m];
        var strength = new double[m];
        var origins = new int[m];
        var used = new HashSet<(int, int)>();
        for (var i = 0; i < m; i++)
        {
            do
            {
                // Hubs get many arcs, so that some chunks of tails hold far more arcs than others.
                src[i] = random.Next(10) == 0 ? random.Next(Math.Min(n, 20)) : random.Next(n);
                dst[i] = random.Next(parallelArcs ? Math.Min(n, 300) : n);
            }
            while (!parallelArcs && (src[i] == dst[i] || !used.Add((src[i], dst[i]))));
            dist[i] = 1 + random.Next(4) / 2.0; // ties in distance, so "the first of equals" matters
            strength[i] = random.NextDouble();
            origins[i] = 3 * i + 1;
        }

        var graph = CompactGraph.FromArcs(n, src, dst, dist, strength, origins);

        var expected = Sequential(n, src, dst, dist, strength, origins);
        Assert.Equal(expected.Count, graph.EdgeCount);
        for (var e = 0; e < expected.Count; e++)
        {
            var (tail, head, d, w, best, merged) = expected[e];
            Assert.True(graph.FirstEdge(tail) <= e && e < graph.EndEdge(tail), $"edge {e} is not among the edges of {tail}");
            Assert.Equal((head, d, w, best), (graph.Target(e), graph.Distance(e), graph.Strengths[e], graph.BestOrigins[e]));
            Assert.Equal(merged, graph.MergedOrigins(e).ToArray());
        }
        if (parallelArcs) Assert.Contains(expected, x => x.Merged.Count > 1);
    }

    private static List<(int Tail, int Head, double Distance, double Strength, int Best, List<int> Merged)> Sequential(
        int n, int[] src, int[] dst, double[] dist, double[] strength, int[] origins)
    {
        var edges = new List<(int Tail, int Head, double Distance, double Strength, int Best, List<int> Merged)>();
        var byTail = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < src.Length; i++) byTail[src[i]].Add(i);
        for (var u = 0; u < n; u++)
        {
            var ofHead = new Dictionary<int, int>();
            foreach (var i in byTail[u])
            {
                if (dst[i] == u) continue;
                if (ofHead.TryGetValue(dst[i], out var k))
                {
                    var x = edges[k];
                    x.Merged.Add(origins[i]);
                    edges[k] = (x.Tail, x.Head, Math.Min(x.Distance, dist[i]), Math.Max(x.Strength, strength[i]),
                        dist[i] < x.Distance ? origins[i] : x.Best, x.Merged);
                }
                else
                {
                    ofHead[dst[i]] = edges.Count;
                    edges.Add((u, dst[i], dist[i], strength[i], origins[i], [origins[i]]));
                }
            }
        }
        return edges;
    }
}
