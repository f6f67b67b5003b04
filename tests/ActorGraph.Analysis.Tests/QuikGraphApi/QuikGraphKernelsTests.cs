using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;
using CsCheck;
using QuikGraph;

namespace ActorGraph.Analysis.Tests.QuikGraphApi;

/// <summary>The project's kernels shaped as QuikGraph algorithms: the same answers on a QuikGraph graph class as on the
/// compact graph.</summary>
public sealed class QuikGraphKernelsTests
{
    private static AdjacencyGraph<int, TaggedEdge<int, (double Distance, double Strength)>> Copy(RandomGraphs.Spec spec)
    {
        // Parallel arcs collapsed as the compact graph does (shortest distance, largest strength), so both see one graph.
        var g = new AdjacencyGraph<int, TaggedEdge<int, (double, double)>>();
        g.AddVertexRange(Enumerable.Range(0, spec.N));
        foreach (var group in spec.Arcs.Where(a => a.U != a.V).GroupBy(a => (a.U, a.V)))
            g.AddEdge(new TaggedEdge<int, (double, double)>(group.Key.U, group.Key.V, (group.Min(a => a.Distance), group.Max(a => a.Strength))));
        return g;
    }

    [Fact]
    public void Betweenness_and_PageRank_agree_on_a_QuikGraph_graph_and_the_compact_graph()
    {
        RandomGraphs.Directed(maxN: 14).Sample(spec =>
        {
            var compact = spec.Build();
            var quik = Copy(spec);
            var generic = new BetweennessAlgorithm<int, TaggedEdge<int, (double Distance, double Strength)>>(quik, e => e.Tag.Distance);
            generic.Compute();
            var fast = Betweenness.Compute(compact);
            for (var v = 0; v < spec.N; v++) Assert.Equal(fast[v], generic.ScoreOf(v), 1e-9);

            var rank = new WeightedPageRankAlgorithm<int, TaggedEdge<int, (double Distance, double Strength)>>(quik, e => e.Tag.Strength);
            rank.Compute();
            var ranks = PageRank.Compute(compact).Ranks;
            for (var v = 0; v < spec.N; v++) Assert.Equal(ranks[v], rank.RankOf(v), 12);
        }, iter: 150);
    }

    [Fact]
    public void Betweenness_on_two_threads_equals_one_thread()
    {
        RandomGraphs.Directed(maxN: 30).Sample(spec =>
        {
            var g = spec.Build();
            var one = Betweenness.Compute(g, new BetweennessOptions(Parallelism: 1));
            var two = Betweenness.Compute(g, new BetweennessOptions(Parallelism: 2));
            for (var v = 0; v < g.VertexCount; v++) Assert.Equal(one[v], two[v], 1e-9);
        }, iter: 150);
    }

    [Fact]
    public void Leiden_runs_on_a_QuikGraph_graph_and_keeps_hostile_pairs_apart()
    {
        // Two triangles of friends joined by one friendly tie, and a hostile tie across.
        var communities = new CommunityAlgorithm<string, TaggedEdge<string, bool>>(TwoTriangles(), hostile: e => e.Tag, options: new ClusterOptions { Seed = 3 });
        communities.Compute();
        Assert.Equal(communities.CommunityOf("a"), communities.CommunityOf("b"));
        Assert.Equal(communities.CommunityOf("a"), communities.CommunityOf("c"));
        Assert.Equal(communities.CommunityOf("d"), communities.CommunityOf("f"));
        Assert.NotEqual(communities.CommunityOf("a"), communities.CommunityOf("d"));
        Assert.Equal(2, communities.Membership.Distinct().Count());
    }

    [Fact]
    public void Leiden_on_the_projection_reads_the_edges_own_signs()
    {
        var data = new GraphBuilder().Actors("a", "b", "c", "d")
            .Tie("a", "meets", "b").Tie("b", "meets", "c").Tie("c", "meets", "d").Tie("a", "meets", "c")
            .Tie("b", "armed-conflict", "d").Tie("a", "armed-conflict", "d")
            .Build();
        var graph = GraphProjection.ToCompact(data, new ProjectionOptions(IncludeHostile: true));
        var communities = new CommunityAlgorithm<int, CompactEdge>(graph);
        communities.Compute();
        Assert.Equal(2, communities.SignedGraph!.NegativeEdgeCount);
        Assert.NotEqual(communities.Membership[0], communities.Membership[3]);
    }

    [Fact]
    public void Brokerage_on_a_QuikGraph_graph_equals_the_counter_on_its_arrays()
    {
        RandomGraphs.Directed(maxN: 12).Sample(spec =>
        {
            var compact = spec.Build();
            var groups = Enumerable.Range(0, spec.N).Select(v => v % 3).ToArray();
            var generic = new BrokerageAlgorithm<int, TaggedEdge<int, (double Distance, double Strength)>>(Copy(spec), v => groups[v]);
            generic.Compute();
            var fast = BrokerageCounter.Compute(compact.Offsets, compact.Targets, groups);
            Assert.Equal(fast.Select(s => s.Chains), generic.Scores.Select(s => s.Chains));
        }, iter: 150);
    }

    /// <summary>Two friendly triangles (a b c, d e f) joined by c-d, with hostile ties a-f and b-e (tag true).</summary>
    private static BidirectionalGraph<string, TaggedEdge<string, bool>> TwoTriangles()
    {
        var graph = new BidirectionalGraph<string, TaggedEdge<string, bool>>();
        graph.AddVertexRange(["a", "b", "c", "d", "e", "f"]);
        foreach (var (u, v, hostile) in new[] { ("a", "b", false), ("b", "c", false), ("a", "c", false), ("d", "e", false), ("e", "f", false), ("d", "f", false), ("c", "d", false), ("a", "f", true), ("b", "e", true) })
            graph.AddEdge(new TaggedEdge<string, bool>(u, v, hostile));
        return graph;
    }
}
