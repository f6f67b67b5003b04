using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Mediation;

/// <summary>The two rules a structural candidate passes beyond contact with both sides: sustained contact (at least
/// <see cref="CandidateMediators.MinContactEvents"/> events per side) and not being part of a side.</summary>
public sealed class StructuralCandidateRulesTests
{
    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 1, false)]
    [InlineData(1, 2, false)]
    [InlineData(2, 2, true)]
    [InlineData(40, 2, true)]
    public void A_candidate_needs_two_events_with_each_side(int eventsWithA, int eventsWithB, bool listed)
    {
        var data = new GraphBuilder().Actors("a", "b", "m")
            .Tie("a", "attacks", "b")
            .Tie("m", "meets", "a", weight: eventsWithA).Tie("m", "meets", "b", weight: eventsWithB)
            .Build();

        var structural = MediatorFinder.Find(data, "a", "b").Structural;

        Assert.Equal(listed ? ["m"] : Array.Empty<string>(), structural.Select(e => e.ActorId).ToArray());
    }

    [Fact]
    public void Two_single_facts_with_a_side_are_sustained_contact_one_is_not()
    {
        var data = new GraphBuilder().Actors("a", "b", "twice", "once")
            .Tie("a", "attacks", "b")
            .Tie("twice", "meets", "a").Tie("twice", "engages", "a").Tie("twice", "meets", "b").Tie("twice", "negotiates", "b")
            .Tie("once", "meets", "a").Tie("once", "engages", "a").Tie("once", "meets", "b")
            .Build();

        Assert.Equal(["twice"], MediatorFinder.Find(data, "a", "b").Structural.Select(e => e.ActorId).ToArray());
    }

    [Fact]
    public void An_actor_whose_own_country_is_a_side_is_no_candidate()
    {
        var data = new GraphBuilder()
            .Actor("ind", ActorKind.State, "IND").Actor("rebels", ActorKind.ArmedGroup, "IND")
            .Actor("ministry", ActorKind.Agency, "IND").Actor("norway", ActorKind.State, "NOR")
            .Tie("rebels", "attacks", "ind")
            .Tie("ministry", "meets", "ind", weight: 5).Tie("ministry", "meets", "rebels", weight: 5)
            .Tie("norway", "meets", "ind", weight: 2).Tie("norway", "meets", "rebels", weight: 2)
            .Build();

        Assert.Equal(["norway"], MediatorFinder.Find(data, "ind", "rebels").Structural.Select(e => e.ActorId).ToArray());
    }

    [Fact]
    public void Two_actors_of_one_country_that_is_no_side_can_meet_a_broker_of_that_country()
    {
        // The country rule is about a side that is that state: a national body between two domestic parties stays.
        var data = new GraphBuilder()
            .Actor("party", ActorKind.Organisation, "IND").Actor("rebels", ActorKind.ArmedGroup, "IND")
            .Actor("council", ActorKind.Organisation, "IND")
            .Tie("rebels", "attacks", "party")
            .Tie("council", "meets", "party", weight: 2).Tie("council", "meets", "rebels", weight: 2)
            .Build();

        Assert.Equal(["council"], MediatorFinder.Find(data, "party", "rebels").Structural.Select(e => e.ActorId).ToArray());
    }

    [Theory]
    [InlineData("envoy", "member-of", "a")]   // the envoy belongs to side a
    [InlineData("deputy", "part-of", "b")]    // an agency of side b
    [InlineData("a", "part-of", "bloc")]      // side a belongs to the bloc
    [InlineData("boss", "leads", "b")]        // side b's leader
    public void An_actor_on_a_side_is_no_candidate(string source, string kind, string target)
    {
        var insider = new[] { source, target }.Single(x => x is not "a" and not "b");
        var data = new GraphBuilder().Actors("a", "b", insider, "outsider")
            .Tie("a", "attacks", "b")
            .Tie(source, kind, target)
            .Tie(insider, "meets", "a", weight: 2).Tie(insider, "meets", "b", weight: 2)
            .Tie("outsider", "meets", "a", weight: 2).Tie("outsider", "meets", "b", weight: 2)
            .Build();

        Assert.Equal(["outsider"], MediatorFinder.Find(data, "a", "b").Structural.Select(e => e.ActorId).ToArray());
    }
}
