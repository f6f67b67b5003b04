using ActorGraph.Core.Model;
using ActorGraph.Core.Queries;

namespace ActorGraph.Core.Tests;

public class ActorProfileTests
{
    private static readonly ActorGraphData Graph = new(
        [
            new Actor("hamas", "Hamas", ActorKind.ArmedGroup, []),
            new Actor("israel", "Israel", ActorKind.State, []),
            new Actor("egypt", "Egypt", ActorKind.State, []),
        ],
        [
            new Relation("acc", "israel", "hamas", RelationVocabulary.Accuses, 0.7, 1, new DateRange(new DateOnly(2024, 11, 30), null), [], Modality.Reported, [new Evidence("rep", "para 5", "stalling")]),
            new Relation("meet", "hamas", "egypt", RelationVocabulary.Meets, 0.8, 0.9, new DateRange(new DateOnly(2024, 11, 29), null), ["ceasefire"], Modality.Claimed, []),
            new Relation("war", "israel", "hamas", RelationVocabulary.ArmedConflict, 1, 1, new DateRange(new DateOnly(2023, 10, 7), null), [], Modality.Reported, []),
        ],
        [
            new MediationProcess("gaza", "Gaza talks", ["hamas", "israel"], ["egypt"], [], ProcessStatus.Ongoing, DateRange.Always, [], []),
        ],
        [new Source("rep", "Report", "Wire", new DateOnly(2024, 12, 1))]);

    [Fact]
    public void Profile_orders_ties_by_vocabulary_and_sets_direction()
    {
        var profile = ActorProfile.Build(Graph, "hamas");
        Assert.Equal(["meet", "acc", "war"], profile.Relations.Select(t => t.RelationId).ToArray());
        Assert.Equal(TieDirection.Mutual, profile.Relations[0].Direction);
        Assert.Equal(TieDirection.Incoming, profile.Relations[1].Direction);
        Assert.Equal("Report", profile.Relations[1].Evidence[0].SourceTitle);
        Assert.Equal("party", Assert.Single(profile.Processes).Role);
        Assert.Equal("mediator", ActorProfile.Build(Graph, "egypt").Processes[0].Role);
    }

    [Fact]
    public void Profile_as_of_drops_later_relations()
    {
        var profile = ActorProfile.Build(Graph, "hamas", new DateOnly(2024, 1, 1));
        Assert.Equal(["war"], profile.Relations.Select(t => t.RelationId).ToArray());
    }

    [Fact]
    public void Unknown_actor_throws()
    {
        Assert.Throws<KeyNotFoundException>(() => ActorProfile.Build(Graph, "nobody"));
    }
}
