using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Mediation;

public sealed class MediatorFinderTests
{
    [Fact]
    public void Structural_candidates_appear_for_opposed_sides_without_a_cooperative_tie()
    {
        var data = new GraphBuilder().Actors("a", "b", "m", "n")
            .Tie("a", "armed-conflict", "b")
            .Tie("m", "meets", "a", strength: 1, sources: ["s1", "s2"]).Tie("m", "meets", "b", strength: 0.25, sources: ["s1", "s2"])
            .Tie("n", "supports", "a", strength: 1)
            .Build();
        var result = MediatorFinder.Find(data, "b", "a");
        Assert.True(result.Opposed);
        Assert.Empty(result.Explicit);
        var m = Assert.Single(result.Structural);
        Assert.Equal("m", m.ActorId);
        Assert.Equal(MediatorGroup.StructuralCandidate, m.Group);
        Assert.Equal(0.5, m.Score, 6); // √(1 × 0.25)
        Assert.Equal([1.0, 0.25], m.Components.Sides.Select(s => s.Strength).ToArray());
        Assert.Equal(2, m.Evidence.Length);
        Assert.Contains("not a reported mediator", m.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Structural_candidates_against_a_hub_are_those_of_the_definition_from_either_side()
    {
        // The hub has far more relations than the small side, so its ties are probed per candidate, not indexed whole.
        var hubContacts = Enumerable.Range(0, 300).Select(i => $"h{i:D3}").ToArray();
        var builder = new GraphBuilder().Actors(["hub", "small", "both", "hostile", "one-sided", "aligned", .. hubContacts])
            .Tie("hub", "armed-conflict", "small")
            .Tie("both", "meets", "small", strength: 1, sources: ["s1", "s2"]).Tie("both", "meets", "hub", strength: 0.25, sources: ["s1", "s2"])
            .Tie("hostile", "meets", "small", sources: ["s1", "s2"]).Tie("hostile", "meets", "hub", sources: ["s1", "s2"]).Tie("hostile", "attacks", "hub")
            .Tie("one-sided", "meets", "small", sources: ["s1", "s2"])
            .Tie("aligned", "meets", "small", sources: ["s1", "s2"]).Tie("aligned", "negotiates", "hub", sources: ["s1", "s2"]).Tie("aligned", "allied", "hub");
        foreach (var h in hubContacts) builder.Tie(h, "meets", "hub");
        var data = builder.Build();
        foreach (var (first, second) in new[] { ("hub", "small"), ("small", "hub") })
        {
            var structural = MediatorFinder.Find(data, first, second).Structural;
            Assert.Equal(["aligned", "both"], structural.Select(e => e.ActorId).Order(StringComparer.Ordinal).ToArray());
            var both = structural.Single(e => e.ActorId == "both");
            Assert.Equal(0.5, both.Score, 6);
            Assert.Equal(2, both.Evidence.Length);
            Assert.Contains("aligned with Hub", structural.Single(e => e.ActorId == "aligned").RoleBasis, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_shared_contact_of_two_unopposed_actors_is_no_broker()
    {
        var data = new GraphBuilder().Actors("a", "b", "m")
            .Tie("m", "meets", "a").Tie("m", "meets", "b")
            .Build();
        var result = MediatorFinder.Find(data, "a", "b");
        Assert.False(result.Opposed);
        Assert.Empty(result.Structural);
    }

    [Fact]
    public void Only_ties_an_actor_makes_to_the_mediators_make_it_involved()
    {
        var data = new GraphBuilder().Actors("a", "b", "m", "n", "patron", "client")
            .Process("talks", ["a", "b"], ["m", "n"])
            .Tie("patron", "engages", "m").Tie("patron", "engages", "n")
            .Tie("m", "supports", "client").Tie("n", "engages", "client")
            .Build();
        var involved = MediatorFinder.Find(data, "a", "b").Involved;
        var patron = Assert.Single(involved);
        Assert.Equal("patron", patron.ActorId);
        Assert.Equal("engages-mediators", patron.Role);
        Assert.Equal("engages M, N", patron.Description);
    }

    [Fact]
    public void A_collapsed_process_is_history_after_its_end()
    {
        var data = new GraphBuilder().Actors("a", "b", "m")
            .Process("talks", ["a", "b"], ["m"], ProcessStatus.Collapsed, GraphBuilder.D(2024, 1, 1), GraphBuilder.D(2024, 3, 1))
            .Build();
        Assert.Equal("m", Assert.Single(MediatorFinder.Find(data, "a", "b", new MediatorQuery(AsOf: GraphBuilder.D(2024, 2, 1))).Explicit).ActorId);
        Assert.Empty(MediatorFinder.Find(data, "a", "b", new MediatorQuery(AsOf: GraphBuilder.D(2024, 4, 1))).Explicit);
        var whole = MediatorFinder.Find(data, "a", "b");
        Assert.Empty(whole.Explicit);
        var past = Assert.Single(whole.Past);
        Assert.Equal(MediatorGroup.Past, past.Group);
        Assert.Equal(GraphBuilder.D(2024, 1, 1), past.FirstEvidence);
        Assert.Equal(GraphBuilder.D(2024, 3, 1), past.LastEvidence);
        Assert.Empty(MediatorFinder.Find(data, "a", "b", new MediatorQuery(Current: true)).Past);
    }

    [Fact]
    public void Inferred_processes_are_kept_apart_from_reported_ones()
    {
        var data = new GraphBuilder().Actors("a", "b", "m", "n").Build();
        var inferred = new MediationProcess("guess", "Guess", ["a", "b"], ["n"], [], ProcessStatus.Ongoing, default, [], [], Inferred: true, Confidence: 0.4);
        var reported = new MediationProcess("talks", "Talks", ["a", "b"], ["m"], [], ProcessStatus.Ongoing, default, [], []);
        data = new ActorGraphData(data.Actors, data.Relations, [reported, inferred], data.Sources);
        var result = MediatorFinder.Find(data, "a", "b");
        Assert.Equal("m", Assert.Single(result.Explicit).ActorId);
        var n = Assert.Single(result.Inferred);
        Assert.Equal("n", n.ActorId);
        Assert.Equal(MediatorGroup.Inferred, n.Group);
        Assert.True(Assert.Single(n.Processes).Inferred);
        Assert.Contains("Inferred from event data, not reported: N", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_score_combines_process_confidence_and_ties_to_each_side()
    {
        var data = new GraphBuilder().Actors("a", "b", "m")
            .Process("talks", ["a", "b"], ["m"], confidence: 0.8)
            .Tie("m", "mediates", "a", strength: 0.5)
            .Build();
        var m = Assert.Single(MediatorFinder.Find(data, "a", "b").Explicit);
        Assert.Equal(0.8 * (0.5 + 0.25 * 0.5), m.Score, 6);
        Assert.Equal("talks", Assert.Single(m.Processes).Id);
        Assert.Equal("liaison", m.Role);
    }

    [Theory]
    [InlineData(1, 2, 3, "liaison")]
    [InlineData(1, 1, 1, "coordinator")]
    [InlineData(1, 2, 1, "itinerant")]
    [InlineData(1, 1, 2, "representative")]
    [InlineData(2, 1, 1, "representative")]
    public void A_partition_gives_Gould_Fernandez_roles(int groupA, int groupM, int groupB, string role)
    {
        var data = new GraphBuilder().Actors("a", "b", "m").Process("talks", ["a", "b"], ["m"]).Build();
        var partition = new Dictionary<string, int> { ["a"] = groupA, ["m"] = groupM, ["b"] = groupB };
        var m = Assert.Single(MediatorFinder.Find(data, "a", "b", new MediatorQuery(Partition: partition)).Explicit);
        Assert.Equal(role, m.Role);
    }

    [Fact]
    public void Same_or_unknown_actors_are_rejected()
    {
        var data = new GraphBuilder().Actors("a", "b").Build();
        Assert.Throws<ArgumentException>(() => MediatorFinder.Find(data, "a", "a"));
        Assert.Throws<ArgumentException>(() => MediatorFinder.Find(data, "a", "zz"));
    }
}
