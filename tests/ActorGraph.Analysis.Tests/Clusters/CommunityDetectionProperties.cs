using ActorGraph.Analysis.Clusters;
using CsCheck;

namespace ActorGraph.Analysis.Tests.Clusters;

public class CommunityDetectionProperties
{
    private static Gen<(int U, int V, double W)> Edge(int n) =>
        Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1], Gen.Double[0.01, 1.0]);

    private static readonly Gen<(int N, (int U, int V, double W)[] Pos, (int U, int V, double W)[] Neg, ulong Seed)> Graphs =
        from n in Gen.Int[1, 40]
        from pos in Edge(n).Array[0, 3 * n]
        from neg in Edge(n).Array[0, n]
        from seed in Gen.ULong
        select (n, pos, neg, seed);

    [Fact]
    public void Leiden_is_never_worse_than_singletons_and_every_cluster_is_connected()
    {
        Graphs.Sample(t =>
        {
            var graph = Reference.Build(t.N, t.Pos, t.Neg);
            var singletons = Enumerable.Range(0, t.N).ToArray();
            foreach (var lambda in new[] { 0.0, 1.0 })
            {
                var options = new ClusterOptions { Seed = t.Seed, HostileWeight = lambda };
                var m = CommunityDetection.Run(graph, options);
                Assert.Equal(t.N, m.Length);
                Assert.True(Reference.CommunitiesConnected(graph, m));
                Assert.True(PartitionQuality.SignedModularity(graph, m, 1, lambda) >= PartitionQuality.SignedModularity(graph, singletons, 1, lambda) - 1e-12);
                if (lambda == 0)
                {
                    Assert.True(PartitionQuality.Modularity(graph, m) >= PartitionQuality.Modularity(graph, singletons) - 1e-12);
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void Louvain_is_never_worse_than_singletons_either()
    {
        Graphs.Sample(t =>
        {
            var graph = Reference.Build(t.N, t.Pos, t.Neg);
            var singletons = Enumerable.Range(0, t.N).ToArray();
            var m = CommunityDetection.Run(graph, new ClusterOptions { Seed = t.Seed, Algorithm = ClusterAlgorithm.Louvain });
            Assert.Equal(t.N, m.Length);
            Assert.True(PartitionQuality.SignedModularity(graph, m) >= PartitionQuality.SignedModularity(graph, singletons) - 1e-12);
        }, iter: 200);
    }

    [Fact]
    public void Modularity_and_frustration_match_brute_force()
    {
        Graphs.Sample(t =>
        {
            var graph = Reference.Build(t.N, t.Pos, t.Neg);
            var m = CommunityDetection.Run(graph, new ClusterOptions { Seed = t.Seed, Algorithm = ClusterAlgorithm.Louvain });
            Assert.Equal(Reference.Modularity(t.N, t.Pos, m), PartitionQuality.Modularity(graph, m), 1e-9);
            var (bad, total) = Reference.Frustration(t.Pos, t.Neg, m);
            var f = PartitionQuality.Frustration(graph, m);
            Assert.Equal(total, f.Ties);
            Assert.Equal(bad, f.CooperativeAcross + f.HostileInside);
        }, iter: 300);
    }

    [Fact]
    public void Same_seed_same_answer_on_random_graphs()
    {
        Graphs.Sample(t =>
        {
            var graph = Reference.Build(t.N, t.Pos, t.Neg);
            var options = new ClusterOptions { Seed = t.Seed };
            Assert.Equal(CommunityDetection.Run(graph, options), CommunityDetection.Run(graph, options));
        }, iter: 100);
    }
}
