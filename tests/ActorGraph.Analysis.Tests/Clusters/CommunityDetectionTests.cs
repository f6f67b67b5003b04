using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Tests.Clusters;

public class CommunityDetectionTests
{
    public static TheoryData<ClusterAlgorithm> Algorithms => [ClusterAlgorithm.Leiden, ClusterAlgorithm.Louvain];

    private static List<(int, int, double)> TwoCliques()
    {
        var edges = new List<(int, int, double)>();
        for (var i = 0; i < 5; i++)
        {
            for (var j = i + 1; j < 5; j++)
            {
                edges.Add((i, j, 1));
                edges.Add((i + 5, j + 5, 1));
            }
        }
        edges.Add((4, 5, 1));
        return edges;
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Two_cliques_joined_by_one_edge_are_two_clusters(ClusterAlgorithm algorithm)
    {
        var graph = Reference.Build(10, TwoCliques());
        var m = CommunityDetection.Run(graph, new ClusterOptions { Algorithm = algorithm, Seed = 7 });

        Assert.Equal(2, m.Distinct().Count());
        Assert.All(Enumerable.Range(0, 5), i => Assert.Equal(m[0], m[i]));
        Assert.All(Enumerable.Range(5, 5), i => Assert.Equal(m[5], m[i]));
        Assert.NotEqual(m[0], m[5]);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void A_hostile_tie_splits_an_otherwise_cooperative_triangle(ClusterAlgorithm algorithm)
    {
        // 0-1-2 is a cooperative triangle (0.5 each) with a cooperative clique 3..6 hanging off 2, so
        // modularity alone keeps the triangle whole; a hostile tie 0-1 stronger than what binds 1 to
        // {0, 2} (0.5 + 0.5) must separate 0 and 1 (λ = 1).
        var positive = new List<(int, int, double)> { (0, 1, 0.5), (1, 2, 0.5), (0, 2, 0.5), (2, 3, 0.1) };
        for (var i = 3; i < 7; i++)
        {
            for (var j = i + 1; j < 7; j++) positive.Add((i, j, 1));
        }
        var options = new ClusterOptions { Algorithm = algorithm, Seed = 3 };

        var without = CommunityDetection.Run(Reference.Build(7, positive), options);
        Assert.Equal(without[0], without[1]);
        Assert.Equal(without[0], without[2]);

        var with = CommunityDetection.Run(Reference.Build(7, positive, [(0, 1, 1.2)]), options);
        Assert.NotEqual(with[0], with[1]);
        Assert.True(with[2] == with[0] || with[2] == with[1]);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Karate_club_modularity_is_at_least_0_40(ClusterAlgorithm algorithm)
    {
        var graph = KarateClub.Graph();
        Assert.Equal(78, graph.PositiveEdgeCount);
        foreach (var seed in new ulong[] { 1, 2, 3, 42 })
        {
            var m = CommunityDetection.Run(graph, new ClusterOptions { Algorithm = algorithm, Seed = seed });
            var q = PartitionQuality.Modularity(graph, m);
            Assert.True(q >= 0.40, $"seed {seed}: modularity {q}");
            Assert.True(q <= 0.4198 + 1e-4, $"seed {seed}: modularity {q} above the known optimum");
        }
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Same_seed_gives_the_same_partition(ClusterAlgorithm algorithm)
    {
        var graph = RandomGraphs.Generate(new Random(11), 300, 1200, 100);
        var options = new ClusterOptions { Algorithm = algorithm, Seed = 12345 };
        var first = CommunityDetection.Run(graph, options);
        var second = CommunityDetection.Run(graph, options);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_visit_nodes_in_different_orders()
    {
        // Not a promise that answers differ, only that the seed is used: on a graph with many
        // equally good splits, some pair of seeds disagrees.
        var graph = RandomGraphs.Generate(new Random(5), 200, 500, 0);
        var partitions = Enumerable.Range(1, 6)
            .Select(s => string.Join(',', CommunityDetection.Run(graph, new ClusterOptions { Seed = (ulong)s })))
            .Distinct()
            .Count();
        Assert.True(partitions > 1);
    }

    [Fact]
    public void Leiden_clusters_stay_connected_on_a_graph_big_enough_for_several_levels()
    {
        var graph = RandomGraphs.Generate(new Random(21), 3000, 12000, 1500);
        foreach (var seed in new ulong[] { 1, 2 })
        {
            var m = CommunityDetection.Run(graph, new ClusterOptions { Seed = seed });
            Assert.True(Reference.CommunitiesConnected(graph, m));
            Assert.True(PartitionQuality.Modularity(graph, m) > 0.5, "the planted groups of 20 should be found");
        }
    }

    [Fact]
    public void Isolated_nodes_and_hostile_only_nodes_are_singletons()
    {
        var graph = Reference.Build(6, [(0, 1, 1), (1, 2, 1), (0, 2, 1)], [(3, 4, 1), (4, 0, 1)]);
        var m = CommunityDetection.Run(graph, new ClusterOptions());
        Assert.Equal(m[0], m[1]);
        Assert.Equal(m[0], m[2]);
        var others = new[] { m[3], m[4], m[5] };
        Assert.Equal(3, others.Distinct().Count());
        Assert.DoesNotContain(m[0], others);
    }

    [Fact]
    public void Empty_graph_gives_an_empty_partition()
    {
        Assert.Empty(CommunityDetection.Run(new SignedGraphBuilder(0).Build(), new ClusterOptions()));
    }

    [Fact]
    public void Membership_is_numbered_densely_from_zero_in_node_order()
    {
        var m = CommunityDetection.Run(KarateClub.Graph(), new ClusterOptions { Seed = 9 });
        Assert.Equal(0, m[0]);
        var next = 0;
        foreach (var c in m)
        {
            Assert.True(c <= next);
            if (c == next) next++;
        }
    }

    [Fact]
    public void Higher_resolution_gives_at_least_as_many_clusters()
    {
        var graph = KarateClub.Graph();
        var low = CommunityDetection.Run(graph, new ClusterOptions { Resolution = 0.5 }).Distinct().Count();
        var high = CommunityDetection.Run(graph, new ClusterOptions { Resolution = 3 }).Distinct().Count();
        Assert.True(high > low, $"γ=3 gave {high} clusters, γ=0.5 gave {low}");
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(-1.0, 1.0)]
    [InlineData(double.NaN, 1.0)]
    [InlineData(1.0, -0.5)]
    public void Invalid_parameters_are_rejected(double resolution, double hostileWeight)
    {
        var options = new ClusterOptions { Resolution = resolution, HostileWeight = hostileWeight };
        Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.Run(KarateClub.Graph(), options));
    }
}
