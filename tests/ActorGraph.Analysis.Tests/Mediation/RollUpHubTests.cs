using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Mediation;

/// <summary>Roll-up through a hub with thousands of organisational ties: the walk is bounded (<see cref="RollUp.MaxHeads"/>
/// heads, ties looked at counted) and the answer says so when the cut could have hidden the pair.</summary>
public sealed class RollUpHubTests
{
    private const int Bodies = 5_000;
    private const int Members = 3_000;

    [Fact]
    public void A_walk_through_a_hub_stops_at_the_cap_and_looks_at_no_more_ties_than_heads_it_keeps()
    {
        var data = Hub(partyBody: 0);
        var walk = RollUp.Walk(data, "delegate", null);
        Assert.True(walk.Cut);
        Assert.Equal(RollUp.MaxHeads, walk.Heads.Count);
        // delegate -> hub, then the hub's first bodies in relation order; the hub's 3,000 members (ties into it) cost nothing.
        Assert.Equal(["delegate", "hub", "body0000"], walk.Heads.Take(3).Select(h => h.Id));
        Assert.Equal(RollUp.MaxHeads, walk.TiesExamined);
        Assert.Equal(2, walk.FarthestSteps);
    }

    [Fact]
    public void The_steps_built_on_demand_lead_from_the_actor_to_each_head_one_tie_at_a_time()
    {
        var data = Hub(partyBody: 0);
        var walk = RollUp.Walk(data, "member0001", null, maxHeads: 50);
        Assert.Equal(50, walk.Count);
        for (var i = 0; i < walk.Count; i++)
        {
            var steps = walk.StepsTo(i);
            Assert.Equal(walk.DepthAt(i), steps.Length);
            Assert.Equal(data.IndexOf(walk.IdAt(i)), walk.ActorAt(i));
            Assert.Equal(walk.IdAt(i), steps.IsEmpty ? "member0001" : steps[^1].HeadId);
            for (var k = 0; k < steps.Length; k++)
            {
                Assert.Equal(k == 0 ? "member0001" : steps[k - 1].HeadId, steps[k].ActorId);
                var relation = data.Relations.Single(r => r.Id == steps[k].RelationId);
                Assert.Equal((steps[k].ActorId, steps[k].HeadId), (relation.Source, relation.Target));
                Assert.StartsWith(data.FindActor(steps[k].ActorId)!.Name + ", ", steps[k].Phrase, StringComparison.Ordinal);
            }
            Assert.Equal(steps.ToArray(), walk.Heads[i].Steps.ToArray());
        }
    }

    [Fact]
    public void A_walk_from_a_member_of_the_hub_is_not_slowed_by_the_hubs_other_members()
    {
        var walk = RollUp.Walk(Hub(partyBody: 0), "member0001", null, maxHeads: 10);
        Assert.Equal(["member0001", "hub", "body0000"], walk.Heads.Take(3).Select(h => h.Id));
        Assert.True(walk.Cut);
        Assert.True(walk.TiesExamined <= 10, $"{walk.TiesExamined} ties looked at");
    }

    [Fact]
    public void A_pair_among_the_kept_heads_is_found_and_the_answer_has_no_cut_note()
    {
        var result = MediatorFinder.Find(Hub(partyBody: 5), "delegate", "other");
        Assert.Equal(["body0005", "other"], result.Sides.ToArray());
        Assert.Equal(["delegate-in-hub", "hub-in-body0005"], result.RolledUp.Select(s => s.RelationId));
        Assert.DoesNotContain("Roll-up cut", result.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_beyond_the_cap_is_not_looked_for_and_the_answer_says_so()
    {
        var result = MediatorFinder.Find(Hub(partyBody: Bodies - 1), "delegate", "other");
        Assert.Equal(["delegate", "other"], result.Sides.ToArray());
        Assert.Empty(result.RolledUp);
        Assert.Contains("Roll-up cut: Delegate answers for more actors than the 1,000 nearest", result.Scope, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_start_from_a_kept_head_with_a_channel_and_say_when_the_cut_hid_the_only_one()
    {
        var near = PathFinder.Find(Hub(partyBody: 5, channel: true), "delegate", "other");
        Assert.True(near.Found);
        Assert.Equal(["delegate", "hub", "body0005", "other"], near.Paths[0].Actors.ToArray());

        var far = PathFinder.Find(Hub(partyBody: Bodies - 1, channel: true), "delegate", "other");
        Assert.False(far.Found);
        Assert.Contains("Roll-up cut: Delegate has no channel of its own", far.Explanation, StringComparison.Ordinal);

        // Neither end rolls up to anything: no path, and nothing was cut.
        var none = PathFinder.Find(Hub(partyBody: 5), "other", "body0005");
        Assert.False(none.Found);
        Assert.DoesNotContain("Roll-up cut", none.Explanation ?? "", StringComparison.Ordinal);
    }

    /// <summary>A delegate member-of a hub that is part-of 5,000 bodies and has 3,000 members of its own; one process
    /// between body <paramref name="partyBody"/> and an outside actor, and with <paramref name="channel"/> a meeting
    /// between them too (a channel for paths; a process without mediators is none).</summary>
    private static ActorGraphData Hub(int partyBody, bool channel = false)
    {
        var actors = new List<Actor> { new("delegate", "Delegate", ActorKind.Person, []), new("hub", "Hub", ActorKind.Organisation, []), new("other", "Other", ActorKind.State, []) };
        actors.AddRange(Enumerable.Range(0, Bodies).Select(i => new Actor($"body{i:D4}", $"Body {i}", ActorKind.Organisation, [])));
        actors.AddRange(Enumerable.Range(0, Members).Select(i => new Actor($"member{i:D4}", $"Member {i}", ActorKind.Person, [])));
        var relations = new List<Relation>();
        // The hub's members first, so that a walk scanning every incident relation of the hub would pay for them.
        relations.AddRange(Enumerable.Range(0, Members).Select(i => Tie($"member{i:D4}-in-hub", $"member{i:D4}", "hub", RelationVocabulary.MemberOf)));
        relations.Add(Tie("delegate-in-hub", "delegate", "hub", RelationVocabulary.MemberOf));
        relations.AddRange(Enumerable.Range(0, Bodies).Select(i => Tie($"hub-in-body{i:D4}", "hub", $"body{i:D4}", RelationVocabulary.PartOf)));
        if (channel) relations.Add(Tie("body-meets-other", $"body{partyBody:D4}", "other", RelationVocabulary.Meets));
        var process = new MediationProcess("talks", "Talks", [$"body{partyBody:D4}", "other"], [], [], ProcessStatus.Ongoing, new DateRange(null, null), [],
            [new Evidence("src", "para 1", null)]);
        return new ActorGraphData(actors, relations, [process], [new Source("src", "Synthetic", "Test", new DateOnly(2024, 1, 1))]);
    }

    private static Relation Tie(string id, string source, string target, RelationKind kind) =>
        new(id, source, target, kind, 1.0, 0.9, new DateRange(null, null), [], Modality.Reported, [new Evidence("src", id, null)]);
}
