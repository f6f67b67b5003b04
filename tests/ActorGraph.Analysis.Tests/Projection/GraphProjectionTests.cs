using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Projection;

public sealed class GraphProjectionTests
{
    private static ActorGraphData Sample() => new GraphBuilder()
        .Actors("a", "b", "c", "d")
        .Tie("a", "engages", "b", strength: 0.5)
        .Tie("a", "meets", "b", strength: 1.0)
        .Tie("b", "pressures", "c")
        .Tie("c", "armed-conflict", "d")
        .Tie("a", "supports", "d", modality: Modality.Hoped)
        .Build();

    [Fact]
    public void Compact_collapses_parallel_ties_to_the_shortest_and_keeps_the_merged_relations()
    {
        var g = GraphProjection.ToCompact(Sample());
        Assert.Equal(4, g.VertexCount);
        var ab = g.FindEdge(0, 1);
        Assert.True(ab >= 0);
        Assert.Equal(1.0, g.Distance(ab), 12);              // meets at strength 1: 1 + 1·(1 − 1)
        Assert.Equal(1, g.BestOrigins[ab]);                 // relation r2 (index 1)
        Assert.Equal([0, 1], g.MergedOrigins(ab).ToArray());
        // Cooperative directed kinds are channels both ways by default.
        Assert.True(g.FindEdge(1, 0) >= 0);
        // Coercive, hostile and hoped ties are not channels.
        Assert.Equal(-1, g.FindEdge(1, 2));
        Assert.Equal(-1, g.FindEdge(2, 3));
        Assert.Equal(-1, g.FindEdge(0, 3));
        Assert.Equal(2, g.EdgeCount);
    }

    [Fact]
    public void AsDirected_keeps_directed_kinds_one_way_and_IncludeHostile_adds_hostile_ties_both_ways()
    {
        var g = GraphProjection.ToCompact(Sample(), new ProjectionOptions(IncludeHostile: true, Traversal: Traversal.AsDirected));
        Assert.True(g.FindEdge(0, 1) >= 0);
        Assert.Equal(1.0, g.Distance(g.FindEdge(1, 0)), 12); // meets is undirected
        Assert.Equal([1], g.MergedOrigins(g.FindEdge(1, 0)).ToArray());
        Assert.True(g.FindEdge(2, 3) >= 0);
        Assert.True(g.FindEdge(3, 2) >= 0);
    }

    [Fact]
    public void Distance_is_at_least_one_hop_and_grows_as_strength_falls_and_age_grows()
    {
        var model = DistanceModel.Default;
        Relation Tie(double strength, double confidence, DateOnly? start) => new("x", "a", "b", RelationVocabulary.Meets, strength, confidence,
            new DateRange(start, null), [], Modality.Reported, []);
        var asOf = GraphBuilder.D(2024, 12, 1);
        Assert.Equal(1.0, model.DistanceOf(Tie(1, 1, asOf), asOf), 12);
        Assert.Equal(1.5, model.DistanceOf(Tie(1, 0.5, asOf), asOf), 12);
        Assert.Equal(2.0, model.DistanceOf(Tie(0, 1, null), asOf), 12);
        var twoYearsOld = model.DistanceOf(Tie(1, 1, GraphBuilder.D(2022, 12, 1)), asOf);
        Assert.InRange(twoYearsOld, 1.49, 1.51);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DistanceModel(Hop: 0.5).Validate());
    }

    [Fact]
    public void AsOf_keeps_only_ties_valid_then()
    {
        var data = new GraphBuilder().Actors("a", "b", "c")
            .Tie("a", "meets", "b", start: GraphBuilder.D(2024, 1, 1), end: GraphBuilder.D(2024, 6, 30))
            .Tie("b", "meets", "c", start: GraphBuilder.D(2024, 9, 1))
            .Build();
        var march = GraphProjection.ToCompact(data, new ProjectionOptions(AsOf: GraphBuilder.D(2024, 3, 1)));
        Assert.True(march.FindEdge(0, 1) >= 0);
        Assert.Equal(-1, march.FindEdge(1, 2));
        var october = GraphProjection.ToCompact(data, new ProjectionOptions(AsOf: GraphBuilder.D(2024, 10, 1)));
        Assert.Equal(-1, october.FindEdge(0, 1));
        Assert.True(october.FindEdge(1, 2) >= 0);
    }

    [Fact]
    public void The_projection_is_a_QuikGraph_graph_whose_edges_carry_distance_strength_sign_and_relations()
    {
        var data = Sample();
        QuikGraph.IBidirectionalGraph<int, CompactEdge> g = GraphProjection.ToCompact(data);
        Assert.Equal(4, g.VertexCount);
        Assert.Equal(2, g.EdgeCount); // engages and meets collapsed into a-b, both ways
        var ab = Assert.Single(g.OutEdges(0));
        Assert.Equal((0, 1), (ab.Source, ab.Target));
        Assert.Equal(1.0, ab.Distance, 12);
        Assert.Equal(1.0, ab.Strength, 12);
        Assert.Equal(RelationSign.Cooperative, ab.Sign);
        Assert.Equal(["meets", "engages"], ab.Relations.Select(r => r.Kind.Name).ToArray()); // the shortest first
        Assert.Equal(ab, Assert.Single(g.InEdges(1)));
        Assert.True(g.ContainsEdge(1, 0));
        Assert.False(g.ContainsEdge(0, 2));
        Assert.Throws<QuikGraph.VertexNotFoundException>(() => g.OutEdges(4));

        var hostile = GraphProjection.ToCompact(data, new ProjectionOptions(IncludeHostile: true));
        Assert.Contains(hostile.Edges, e => e.Sign == RelationSign.Hostile && (e.Source, e.Target) == (2, 3));
    }

    [Fact]
    public void Reverse_index_lists_every_in_edge_once()
    {
        var g = CompactGraph.FromArcs(3, [0, 0, 1, 1], [1, 2, 2, 2], [1, 2, 3, 1], [1, 1, 1, 1]);
        Assert.Equal(3, g.EdgeCount);
        Assert.Equal(1.0, g.Distance(g.FindEdge(1, 2)));
        Assert.Equal(2, g.Reverse.InDegree(2));
        Assert.Equal(0, g.Reverse.InDegree(0));
        var rev = g.Reverse;
        for (var p = rev.Offsets[2]; p < rev.Offsets[3]; p++) Assert.Equal(2, g.Target(rev.Edges[p]));
    }

    [Fact]
    public void Collapsed_or_ended_process_is_history_after_its_end()
    {
        var p = new MediationProcess("p", "P", ["a", "b"], ["m"], [], ProcessStatus.Collapsed,
            new DateRange(GraphBuilder.D(2024, 1, 1), GraphBuilder.D(2024, 5, 1)), [], []);
        Assert.True(AsOf.IsCurrent(p, GraphBuilder.D(2024, 3, 1)));
        Assert.False(AsOf.IsCurrent(p, GraphBuilder.D(2024, 6, 1)));
        Assert.False(AsOf.IsCurrent(p, null));
        Assert.True(AsOf.IsCurrent(p with { Status = ProcessStatus.Ongoing, When = new DateRange(GraphBuilder.D(2024, 1, 1), null) }, null));
    }
}
