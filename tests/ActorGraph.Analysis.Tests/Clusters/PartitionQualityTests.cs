using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Tests.Clusters;

public class PartitionQualityTests
{
    [Fact]
    public void Modularity_equals_the_definition_on_the_karate_club()
    {
        var graph = KarateClub.Graph();
        var m = CommunityDetection.Run(graph, new ClusterOptions { Seed = 4 });
        var edges = KarateClub.Edges.Select(e => (e.U, e.V, 1.0));
        Assert.Equal(Reference.Modularity(34, edges, m), PartitionQuality.Modularity(graph, m), 12);
    }

    [Fact]
    public void Modularity_of_two_cliques_split_in_two_is_known()
    {
        // Two triangles joined by one edge: m = 7; each side has 3 inside edges and degree total 7.
        // Q = 2 × (3/7 − (7/14)²) = 6/7 − 1/2.
        var graph = Reference.Build(6, [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (4, 5, 1), (3, 5, 1), (2, 3, 1)]);
        Assert.Equal(6.0 / 7 - 0.5, PartitionQuality.Modularity(graph, [0, 0, 0, 1, 1, 1]), 12);
        Assert.Equal(0.0, PartitionQuality.Modularity(graph, [0, 0, 0, 0, 0, 0]), 12);
    }

    [Fact]
    public void Frustration_counts_hostile_inside_and_cooperative_across()
    {
        // Pairs: 0-1 coop (inside), 1-2 coop (across), 0-1 hostile (inside), 2-3 hostile (inside), 0-3 hostile (across).
        var graph = Reference.Build(4, [(0, 1, 1), (1, 2, 0.5)], [(0, 1, 0.25), (2, 3, 1), (0, 3, 1)]);
        var f = PartitionQuality.Frustration(graph, [0, 0, 1, 1]);
        Assert.Equal(5, f.Ties);
        Assert.Equal(1, f.CooperativeAcross);
        Assert.Equal(2, f.HostileInside);
        Assert.Equal(3.0 / 5, f.Share, 12);
        Assert.Equal((0.5 + 0.25 + 1) / 3.75, f.StrengthShare, 12);
    }

    [Fact]
    public void Signed_modularity_without_hostile_ties_is_modularity()
    {
        var graph = KarateClub.Graph();
        var m = CommunityDetection.Run(graph, new ClusterOptions { Seed = 8 });
        Assert.Equal(PartitionQuality.Modularity(graph, m), PartitionQuality.SignedModularity(graph, m), 12);
    }

    [Fact]
    public void Signed_modularity_is_known_on_a_tiny_case()
    {
        // Positive: 0-1 (w 1), 2-3 (w 1); negative: 1-2 (w 0.5). m⁺ = 2.
        // {0,1,2,3}: Q = 2/2 − (4/4)² = 0; hostile inside 0.5 → 0 − 0.5/2 = −0.25.
        // {0,1},{2,3}: Q = 2 × (1/2 − (2/4)²) = 0.5; no hostile inside → 0.5.
        // λ = 2 doubles the penalty: −0.5 for the single cluster.
        var graph = Reference.Build(4, [(0, 1, 1), (2, 3, 1)], [(1, 2, 0.5)]);
        Assert.Equal(-0.25, PartitionQuality.SignedModularity(graph, [0, 0, 0, 0]), 12);
        Assert.Equal(0.5, PartitionQuality.SignedModularity(graph, [0, 0, 1, 1]), 12);
        Assert.Equal(-0.5, PartitionQuality.SignedModularity(graph, [0, 0, 0, 0], hostileWeight: 2), 12);
    }

    [Fact]
    public void Duplicate_ties_are_summed_and_self_loops_dropped()
    {
        var graph = Reference.Build(3, [(0, 1, 0.5), (1, 0, 0.25), (2, 2, 1)], [(0, 2, 0.5), (0, 2, 0.5)]);
        Assert.Equal(1, graph.PositiveEdgeCount);
        Assert.Equal(0.75, graph.PositiveWeights(0)[0], 12);
        Assert.Equal(1, graph.NegativeEdgeCount);
        Assert.Equal(1.0, graph.NegativeDegree(2), 12);
        Assert.Equal(0.0, graph.PositiveDegree(2), 12);
    }
}
