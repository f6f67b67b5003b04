using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using CsCheck;
using QuikGraph.Algorithms.ShortestPath;

namespace ActorGraph.Analysis.Tests.Paths;

public sealed class YenKShortestPathsTests
{
    [Fact]
    public void Known_graph_gives_the_networkx_costs()
    {
        var g = KnownGraph.Build();
        var paths = YenKShortestPaths.Find(g, 0, 5, 5);
        Assert.Equal(KnownGraph.FivePathCostsFrom0To5, paths.Select(p => p.Cost).ToArray());
        Assert.Equal([0, 2, 3, 5], paths[0].Vertices.ToArray()); // fewest hops first among the cost-5 ties
    }

    [Fact]
    public void Max_hops_skips_longer_paths()
    {
        var g = KnownGraph.Build();
        var paths = YenKShortestPaths.Find(g, 0, 5, 5, maxHops: 3);
        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.True(p.Hops <= 3));
        Assert.Contains(paths, p => p.Vertices.SequenceEqual([0, 1, 3, 5]));
    }

    [Fact]
    public void A_hop_limit_keeps_exactly_the_paths_within_it()
    {
        // The paths of at most H hops, in order, are the unlimited ranking filtered to H hops.
        RandomGraphs.Directed(maxN: 12).Sample(spec =>
        {
            var g = spec.Build();
            var all = YenKShortestPaths.Find(g, 0, spec.N - 1, 200);
            var limited = YenKShortestPaths.Find(g, 0, spec.N - 1, 3, maxHops: 2, maxExamined: 200);
            Assert.Equal(all.Where(p => p.Hops <= 2).Take(3).Select(p => p.Cost).ToArray(), limited.Select(p => p.Cost).ToArray());
        }, iter: 300);
    }

    [Fact]
    public void No_path_gives_an_empty_list()
    {
        var g = CompactGraph.FromArcs(3, [0], [1], [1.0], [1.0]);
        Assert.Empty(YenKShortestPaths.Find(g, 0, 2, 3));
        Assert.Empty(YenKShortestPaths.Find(g, 1, 0, 3));
    }

    [Fact]
    public void Paths_are_loopless_distinct_real_and_in_non_decreasing_cost()
    {
        RandomGraphs.Directed().Sample(spec =>
        {
            var g = spec.Build();
            var paths = YenKShortestPaths.Find(g, 0, spec.N - 1, 6);
            for (var i = 0; i < paths.Count; i++)
            {
                var p = paths[i];
                Assert.Equal(p.Vertices.Length, p.Vertices.Distinct().Count());
                Assert.Equal(0, p.Vertices[0]);
                Assert.Equal(spec.N - 1, p.Vertices[^1]);
                var cost = 0.0;
                for (var h = 0; h < p.Hops; h++)
                {
                    Assert.Equal(p.Vertices[h + 1], g.Target(p.Edges[h]));
                    Assert.InRange(p.Edges[h], g.FirstEdge(p.Vertices[h]), g.EndEdge(p.Vertices[h]) - 1);
                    cost += g.Distance(p.Edges[h]);
                }
                Assert.Equal(cost, p.Cost, 1e-9);
                if (i > 0) Assert.True(paths[i - 1].Cost <= p.Cost + 1e-12);
                for (var j = 0; j < i; j++) Assert.False(paths[j].SameEdges(p));
            }
        }, iter: 300);
    }

    [Fact]
    public void Costs_agree_with_QuikGraph_Yen_on_the_collapsed_graph()
    {
        RandomGraphs.Directed(maxN: 10).Sample(spec =>
        {
            var g = spec.Build();
            if (g.VertexCount < 2) return;
            var mine = YenKShortestPaths.Find(g, 0, spec.N - 1, 4).Select(p => p.Cost).ToArray();
            double[] reference;
            try
            {
                var yen = new YenShortestPathsAlgorithm<int>(QuikGraphCopies.ForYen(g), 0, spec.N - 1, 4);
                reference = [.. yen.Execute().Select(path => path.Sum(e => e.Tag))];
            }
            catch (QuikGraph.NoPathFoundException)
            {
                reference = [];
            }
            Assert.Equal(reference, mine);
        }, iter: 300);
    }

    [Fact]
    public void Plain_and_A_star_spur_searches_give_the_same_costs()
    {
        RandomGraphs.Directed(maxN: 40).Sample(spec =>
        {
            var g = spec.Build();
            var plain = YenKShortestPaths.Find(g, 0, spec.N - 1, 6, aStarAfterWork: long.MaxValue).Select(p => p.Cost).ToArray();
            var guided = YenKShortestPaths.Find(g, 0, spec.N - 1, 6, aStarAfterWork: 0).Select(p => p.Cost).ToArray();
            Assert.Equal(plain, guided);
        }, iter: 300);
    }

    [Fact]
    public void Bidirectional_search_finds_the_same_costs_with_blocks()
    {
        RandomGraphs.Directed(maxN: 25).Sample(spec =>
        {
            var g = spec.Build();
            var search = new DijkstraSearch(g);
            for (var t = 0; t < g.VertexCount; t++)
            {
                search.ClearBlocks();
                if (g.EdgeCount > 0) search.BlockEdge(t % g.EdgeCount);
                if (t > 1) search.BlockVertex(t / 2);
                var one = search.Run(0, t);
                var two = search.RunBidirectional(0, t);
                Assert.Equal(one?.Cost, two?.Cost);
                if (two is not null)
                {
                    Assert.Equal(0, two.Vertices[0]);
                    Assert.Equal(t, two.Vertices[^1]);
                    for (var h = 0; h < two.Hops; h++) Assert.Equal(two.Vertices[h + 1], g.Target(two.Edges[h]));
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Shortest_cost_agrees_with_QuikGraph_Dijkstra()
    {
        RandomGraphs.Directed(maxN: 20).Sample(spec =>
        {
            var g = spec.Build();
            var search = new DijkstraSearch(g);
            var dijkstra = new QuikGraph.Algorithms.ShortestPath.DijkstraShortestPathAlgorithm<int, CompactEdge>(g, e => e.Distance);
            dijkstra.Compute(0);
            for (var t = 0; t < g.VertexCount; t++)
            {
                var mine = search.Run(0, t);
                if (dijkstra.TryGetDistance(t, out var d) && d < double.MaxValue) Assert.Equal(d, mine!.Cost, 1e-9);
                else Assert.Null(mine);
            }
        }, iter: 200);
    }
}
