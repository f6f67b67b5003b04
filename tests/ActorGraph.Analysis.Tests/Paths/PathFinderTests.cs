using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Paths;

public sealed class PathFinderTests
{
    private static readonly DateOnly June = GraphBuilder.D(2024, 6, 1);

    [Fact]
    public void Hops_carry_the_shortest_relation_its_evidence_and_the_other_merged_relations()
    {
        var data = new GraphBuilder().Actors("a", "m", "b")
            .Tie("a", "meets", "m", strength: 0.5, id: "weak")
            .Tie("m", "engages", "a", strength: 1.0, id: "strong")
            .Tie("m", "negotiates", "b", id: "mb")
            .Build();
        var result = PathFinder.Find(data, "a", "b");
        var path = Assert.Single(result.Paths);
        Assert.Equal(["a", "m", "b"], path.Actors.ToArray());
        Assert.Equal("strong", path.Hops[0].Tie.RelationId);
        Assert.Equal(["weak"], path.Hops[0].OtherRelationIds.ToArray());
        Assert.Equal("engages", path.Hops[0].Tie.Kind);
        Assert.Equal("para 2", Assert.Single(path.Hops[0].Tie.Evidence).Locator);
        Assert.Equal(2.0, path.Cost, 9);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Hostile_ties_are_not_channels_unless_asked_for()
    {
        var data = new GraphBuilder().Actors("a", "b", "c")
            .Tie("a", "meets", "b")
            .Tie("b", "attacks", "c")
            .Build();
        var result = PathFinder.Find(data, "a", "c");
        Assert.False(result.Found);
        Assert.Equal(NoPathReason.OnlyHostileConnections, result.Reason);
        Assert.Contains("--include-hostile", result.Explanation, StringComparison.Ordinal);

        var withHostile = PathFinder.Find(data, "a", "c", new PathQuery(IncludeHostile: true));
        var path = Assert.Single(withHostile.Paths);
        Assert.Equal(RelationSign.Hostile, path.Hops[1].Tie.Sign);
    }

    [Fact]
    public void An_actor_without_ties_as_of_the_date_is_isolated()
    {
        var data = new GraphBuilder().Actors("a", "b")
            .Tie("a", "meets", "b", start: GraphBuilder.D(2024, 9, 1))
            .Build();
        var result = PathFinder.Find(data, "a", "b", new PathQuery(AsOf: June));
        Assert.Equal(NoPathReason.SourceIsolated, result.Reason);
        Assert.Contains("1 tie(s) at other dates", result.Explanation, StringComparison.Ordinal);
        Assert.True(PathFinder.Find(data, "a", "b", new PathQuery(AsOf: GraphBuilder.D(2024, 10, 1))).Found);
    }

    [Fact]
    public void Other_reasons_are_told_apart()
    {
        var data = new GraphBuilder().Actors("a", "b", "c", "d", "e", "x", "y")
            .Tie("a", "meets", "b").Tie("b", "meets", "c").Tie("c", "meets", "d")
            .Tie("d", "pressures", "e")
            .Tie("x", "meets", "y")
            .Build();
        Assert.Equal(NoPathReason.ExceededMaxHops, PathFinder.Find(data, "a", "d", new PathQuery(MaxHops: 2)).Reason);
        Assert.Equal(NoPathReason.OnlyNonCooperativeConnections, PathFinder.Find(data, "a", "e").Reason);
        Assert.Equal(NoPathReason.DifferentComponents, PathFinder.Find(data, "a", "x").Reason);
        Assert.Equal(NoPathReason.SameActor, PathFinder.Find(data, "a", "a").Reason);
        Assert.True(PathFinder.Find(data, "a", "d", new PathQuery(MaxHops: 3)).Found);
    }

    [Fact]
    public void Fewer_paths_than_asked_are_noted()
    {
        var data = new GraphBuilder().Actors("a", "b").Tie("a", "meets", "b").Build();
        var result = PathFinder.Find(data, "a", "b", new PathQuery(K: 3));
        Assert.Single(result.Paths);
        Assert.Contains("Only 1 path", result.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_queries_are_rejected()
    {
        var data = new GraphBuilder().Actors("a", "b").Build();
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Find(data, "a", "b", new PathQuery(K: 0)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PathFinder.Find(data, "a", "b", new PathQuery(MaxHops: 0)));
        Assert.Throws<ArgumentException>(() => PathFinder.Find(data, "a", "nobody"));
    }
}
