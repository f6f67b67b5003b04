using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using CsCheck;
using QuikGraph.Algorithms.Ranking;

namespace ActorGraph.Analysis.Tests.Centrality;

public sealed class CentralityTests
{
    [Fact]
    public void Betweenness_on_the_known_graph_matches_networkx()
    {
        var b = Betweenness.Compute(KnownGraph.Build());
        for (var v = 0; v < 7; v++) Assert.Equal(KnownGraph.Betweenness[v], b[v], 9);
    }

    [Fact]
    public void Normalised_betweenness_of_a_symmetric_graph_is_networkx_undirected_normalised()
    {
        // networkx 2.8.8: betweenness_centrality(path_graph(4), normalized=True) = {0: 0, 1: 2/3, 2: 2/3, 3: 0}.
        var g = CompactGraph.FromArcs(4, [0, 1, 1, 2, 2, 3], [1, 0, 2, 1, 3, 2], [1.0, 1, 1, 1, 1, 1], [1.0, 1, 1, 1, 1, 1]);
        var normalised = Betweenness.Compute(g).Select(x => x / (3.0 * 2.0)).ToArray();
        Assert.Equal([0, 2.0 / 3, 2.0 / 3, 0], normalised);
    }

    [Fact]
    public void Dyad_betweenness_on_the_known_graph_matches_networkx_subset()
    {
        var b = Betweenness.Between(KnownGraph.Build(), 0, 5);
        for (var v = 0; v < 7; v++) Assert.Equal(KnownGraph.SubsetFrom0To5[v], b[v], 9);
    }

    [Fact]
    public void PageRank_on_the_known_graph_matches_networkx_and_sums_to_one()
    {
        var result = PageRank.Compute(KnownGraph.Build());
        Assert.True(result.Converged);
        Assert.Equal(1.0, result.Ranks.Sum(), 12);
        for (var v = 0; v < 7; v++) Assert.Equal(KnownGraph.PageRank[v], result.Ranks[v], 5);
    }

    [Fact]
    public void Betweenness_sums_to_the_interior_vertices_of_all_shortest_paths_on_unweighted_graphs()
    {
        // Each shortest s→t path of L hops has L − 1 interior vertices; the shares of the σ(s,t) paths add up to L − 1.
        RandomGraphs.Directed(maxN: 16, maxDistance: 1).Sample(spec =>
        {
            var g = spec.Build();
            var total = Betweenness.Compute(g).Sum();
            var expected = 0.0;
            for (var s = 0; s < g.VertexCount; s++)
            {
                for (var t = 0; t < g.VertexCount; t++)
                {
                    if (s != t && HopDistance.Between(g, s, t) is { } hops) expected += hops - 1;
                }
            }
            Assert.Equal(expected, total, 1e-6);
        }, iter: 200);
    }

    [Fact]
    public void Dyad_shares_lie_in_0_1_and_sum_to_the_mean_interior_length()
    {
        RandomGraphs.Directed(maxN: 14, maxDistance: 1).Sample(spec =>
        {
            var g = spec.Build();
            if (g.VertexCount < 2) return;
            var t = g.VertexCount - 1;
            var shares = Betweenness.Between(g, 0, t);
            Assert.All(shares, x => Assert.InRange(x, 0, 1 + 1e-12));
            var hops = HopDistance.Between(g, 0, t);
            Assert.Equal(hops is { } h ? h - 1 : 0, shares.Sum(), 1e-9);
        }, iter: 200);
    }

    [Fact]
    public void Sampling_every_source_equals_the_exact_result()
    {
        var g = KnownGraph.Build();
        Assert.Equal(Betweenness.Compute(g).ToArray(), Betweenness.Compute(g, new BetweennessOptions(SampleSources: 7)).ToArray());
        var sampled = Betweenness.Compute(g, new BetweennessOptions(SampleSources: 3, Seed: 4));
        Assert.Equal(sampled.ToArray(), Betweenness.Compute(g, new BetweennessOptions(SampleSources: 3, Seed: 4)).ToArray());
        Assert.NotEqual(Betweenness.Compute(g).ToArray(), sampled.ToArray());
    }

    [Fact]
    public void PageRank_agrees_with_QuikGraph_on_graphs_without_dangling_vertices()
    {
        // QuikGraph's PageRank is unweighted, un-normalised and drops dangling rank: compare where those do not matter.
        RandomGraphs.Directed(maxN: 12).Sample(spec =>
        {
            var ring = Enumerable.Range(0, spec.N).Select(v => (v, (v + 1) % spec.N, 1, 1.0));
            var arcs = spec.Arcs.Select(a => (a.U, a.V, a.Distance, 1.0)).Concat(ring).Where(a => a.Item1 != a.Item2).ToArray();
            if (spec.N < 2) return;
            var g = new RandomGraphs.Spec(spec.N, arcs).Build();
            var mine = PageRank.Compute(g, tolerance: 1e-12, maxIterations: 1000);
            var quik = new PageRankAlgorithm<int, CompactEdge>(g)
            {
                Damping = 0.85, Tolerance = 1e-14, MaxIterations = 2000,
            };
            quik.Compute();
            var sum = quik.Ranks.Values.Sum();
            // A tolerance, not decimal places: rounding 0.13656250000000011 and 0.1365625 to six places differs.
            for (var v = 0; v < g.VertexCount; v++) Assert.Equal(quik.Ranks[v] / sum, mine.Ranks[v], 1e-6);
            Assert.Equal(1.0, mine.Ranks.Sum(), 1e-9);
        }, iter: 100);
    }

    [Fact]
    public void Degree_counts_distinct_neighbours()
    {
        var d = Degree.Compute(KnownGraph.Build());
        Assert.Equal(new DegreeScore(3, 2, 0.6 + 0.4 + 0.5), d[3] with { Strength = Math.Round(d[3].Strength, 9) });
        Assert.Equal(0, d[6].Out);
        Assert.Equal(1, d[6].In);
    }
}
