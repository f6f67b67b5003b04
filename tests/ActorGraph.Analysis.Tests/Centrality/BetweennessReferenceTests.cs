using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Tests.Centrality;

/// <summary>The optimised Brandes kernel against a plain textbook Brandes (quadratic Dijkstra, predecessor lists) on
/// random weighted directed graphs whose lengths are tenths (0.1 + 0.2 ≠ 0.3 in binary), so many shortest paths tie
/// only up to rounding, with parallel arcs and self-loops.</summary>
public sealed class BetweennessReferenceTests
{
    private const double Tolerance = 1e-9;

    [Theory]
    [InlineData(1, 40, 120)]
    [InlineData(2, 60, 300)]
    [InlineData(3, 25, 200)]
    [InlineData(4, 80, 160)]
    [InlineData(5, 50, 500)]
    public void Optimised_kernel_agrees_with_a_reference_Brandes_on_graphs_with_ties(int seed, int n, int m)
    {
        var graph = RandomTenths(seed, n, m);
        var expected = ReferenceBrandes(graph, Enumerable.Range(0, n));
        foreach (var threads in new[] { 1, 2, 3 })
        {
            var actual = Betweenness.Compute(graph, new BetweennessOptions(Tolerance, Parallelism: threads));
            for (var v = 0; v < n; v++) Assert.Equal(expected.Scores[v], actual[v], Tolerance * Math.Max(1, expected.Scores[v]));
        }
        Assert.True(expected.Ties > 0, "the graph should have shortest paths that tie only up to rounding");
        Assert.Contains(expected.Scores, x => x > 0);
    }

    [Theory]
    [InlineData(6, 70, 350, 9)]
    [InlineData(7, 120, 480, 30)]
    public void Sampled_sources_agree_with_the_reference_from_the_same_sources_scaled(int seed, int n, int m, int samples)
    {
        var graph = RandomTenths(seed, n, m);
        var options = new BetweennessOptions(Tolerance, SampleSources: samples, Seed: seed, Parallelism: 2);
        var sources = Betweenness.Sources(n, options);
        Assert.Equal(samples, sources.Distinct().Count());
        var expected = ReferenceBrandes(graph, sources).Scores.Select(x => x * n / samples).ToArray();
        var actual = Betweenness.Compute(graph, options);
        for (var v = 0; v < n; v++) Assert.Equal(expected[v], actual[v], Tolerance * Math.Max(1, expected[v]));
    }

    private static CompactGraph RandomTenths(int seed, int n, int m)
    {
        var random = new Random(seed);
        var from = new int[m];
        var to = new int[m];
        var length = new double[m];
        for (var i = 0; i < m; i++)
        {
            from[i] = random.Next(n);
            to[i] = random.Next(n);
            length[i] = random.Next(1, 6) / 10.0; // 0.1 .. 0.5: sums of different tenths tie only up to rounding
        }
        return CompactGraph.FromArcs(n, from, to, length, Enumerable.Repeat(1.0, m).ToArray());
    }

    /// <summary>Brandes (2001) as written in the paper, with Dijkstra by scanning for the nearest unsettled vertex
    /// (smallest index among equals) and a list of predecessors per vertex; ties by the same tolerance rule.</summary>
    private static (double[] Scores, int Ties) ReferenceBrandes(CompactGraph graph, IEnumerable<int> sources)
    {
        var n = graph.VertexCount;
        var scores = new double[n];
        var ties = 0;
        foreach (var s in sources)
        {
            var dist = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
            var sigma = new double[n];
            var settled = new bool[n];
            var preds = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
            var stack = new Stack<int>();
            dist[s] = 0;
            sigma[s] = 1;
            while (true)
            {
                var u = -1;
                for (var v = 0; v < n; v++)
                {
                    if (!settled[v] && !double.IsPositiveInfinity(dist[v]) && (u < 0 || dist[v] < dist[u])) u = v;
                }
                if (u < 0) break;
                settled[u] = true;
                stack.Push(u);
                for (var e = graph.FirstEdge(u); e < graph.EndEdge(u); e++)
                {
                    var v = graph.Target(e);
                    if (settled[v]) continue;
                    var candidate = dist[u] + graph.Distance(e);
                    if (!double.IsPositiveInfinity(dist[v]) && Math.Abs(candidate - dist[v]) <= Tolerance * Math.Max(1, Math.Abs(dist[v])))
                    {
                        sigma[v] += sigma[u];
                        preds[v].Add(u);
                        if (candidate != dist[v]) ties++;
                    }
                    else if (candidate < dist[v])
                    {
                        dist[v] = candidate;
                        sigma[v] = sigma[u];
                        preds[v].Clear();
                        preds[v].Add(u);
                    }
                }
            }
            var delta = new double[n];
            while (stack.Count > 0)
            {
                var w = stack.Pop();
                foreach (var v in preds[w]) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                if (w != s) scores[w] += delta[w];
            }
        }
        return (scores, ties);
    }
}
