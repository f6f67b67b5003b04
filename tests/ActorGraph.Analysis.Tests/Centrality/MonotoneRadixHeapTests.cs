using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Tests.Centrality;

/// <summary>The radix heap behind Brandes' Dijkstra against a sorted list, and the shortest-path DAG it drives against a
/// quadratic Dijkstra, on inputs with equal keys, zero keys, zero-length edges and unreachable parts.</summary>
public sealed class MonotoneRadixHeapTests
{
    [Theory]
    [InlineData(1, 2_000)]
    [InlineData(2, 20_000)]
    [InlineData(3, 500)]
    public void Pops_keys_in_the_order_of_a_sorted_list_under_monotone_pushes(int seed, int operations)
    {
        var random = new Random(seed);
        var heap = new MonotoneRadixHeap();
        var reference = new List<(double Key, int Vertex)>();
        var last = 0.0;
        for (var round = 0; round < 2; round++) // the second round checks that Clear leaves nothing behind
        {
            heap.Clear();
            reference.Clear();
            last = 0;
            for (var i = 0; i < operations; i++)
            {
                if (reference.Count > 0 && random.Next(3) == 0)
                {
                    var vertex = heap.Pop(out var key);
                    var expected = reference.Min(e => e.Key);
                    Assert.Equal(expected, key);
                    Assert.True(reference.Remove((key, vertex)), $"popped ({key}, {vertex}), which was not pushed");
                    last = key;
                }
                else
                {
                    // keys at or above the last popped one: equal keys, tiny and huge steps, tenths that tie only up to rounding
                    var key = random.Next(6) switch
                    {
                        0 => last,
                        1 => last + random.Next(1, 6) / 10.0,
                        2 => last + random.NextDouble() * 1e-12,
                        3 => last * (1 + random.NextDouble()),
                        4 => last + random.Next(1_000_000),
                        _ => last + random.NextDouble(),
                    };
                    var vertex = random.Next(1000);
                    heap.Push(vertex, key);
                    reference.Add((key, vertex));
                }
                Assert.Equal(reference.Count, heap.Count);
            }
            while (reference.Count > 0)
            {
                var vertex = heap.Pop(out var key);
                Assert.Equal(reference.Min(e => e.Key), key);
                Assert.True(reference.Remove((key, vertex)));
            }
            Assert.Equal(0, heap.Count);
        }
    }

    [Fact]
    public void Negative_zero_counts_as_zero()
    {
        var heap = new MonotoneRadixHeap();
        heap.Push(1, -0.0);
        heap.Push(2, 0.5);
        Assert.Equal(1, heap.Pop(out var first));
        Assert.Equal(0.0, first);
        Assert.Equal(2, heap.Pop(out var second));
        Assert.Equal(0.5, second);
    }

    [Theory]
    [InlineData(11, 60, 200)]
    [InlineData(12, 150, 300)]
    [InlineData(13, 40, 400)]
    public void Dag_distances_match_a_quadratic_dijkstra_with_zero_lengths_and_unreachable_parts(int seed, int n, int m)
    {
        var random = new Random(seed);
        var from = new int[m];
        var to = new int[m];
        var length = new double[m];
        for (var i = 0; i < m; i++)
        {
            // two halves with no arc from the first into the second: sources in the first half leave the second unreached
            var half = random.Next(2);
            from[i] = half * (n / 2) + random.Next(n / 2);
            to[i] = half * (n / 2) + random.Next(n / 2);
            length[i] = random.Next(4) == 0 ? 0 : random.Next(1, 6) / 10.0;
        }
        var graph = CompactGraph.FromArcs(n, from, to, length, Enumerable.Repeat(1.0, m).ToArray());
        var dag = new ShortestPathDag(graph, 1e-9);
        foreach (var reverse in new[] { false, true })
        {
            for (var s = 0; s < n; s += 7)
            {
                dag.Run(s, reverse);
                var expected = QuadraticDijkstra(n, reverse ? to : from, reverse ? from : to, length, s);
                for (var v = 0; v < n; v++)
                {
                    if (double.IsPositiveInfinity(expected[v])) Assert.True(dag.Rank[v] < 0, $"{v} should be unreached from {s}");
                    else Assert.Equal(expected[v], dag.Dist[v], 1e-7);
                }
                for (var i = 1; i < dag.Reached; i++) Assert.True(dag.Dist[dag.Order[i - 1]] <= dag.Dist[dag.Order[i]]);
            }
        }
    }

    private static double[] QuadraticDijkstra(int n, int[] from, int[] to, double[] length, int source)
    {
        var dist = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
        var done = new bool[n];
        dist[source] = 0;
        while (true)
        {
            var u = -1;
            for (var v = 0; v < n; v++)
            {
                if (!done[v] && !double.IsPositiveInfinity(dist[v]) && (u < 0 || dist[v] < dist[u])) u = v;
            }
            if (u < 0) return dist;
            done[u] = true;
            for (var i = 0; i < from.Length; i++)
            {
                if (from[i] == u) dist[to[i]] = Math.Min(dist[to[i]], dist[u] + length[i]);
            }
        }
    }
}
