using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Mediation;

/// <summary>Event data code a side as the state in one row and as its government in the next (PLOVER's "Palestinian
/// leader Yasser Arafat" is PSE GOV): a state asked about, with no process of its own, is taken as its government.</summary>
public sealed class StateGovernmentTests
{
    private static ActorGraphData Graph() => new GraphBuilder()
        .Actor("syr", ActorKind.State, "SYR").Actor("pse", ActorKind.State, "PSE")
        .Actor("pse-gov", ActorKind.Government, "PSE").Actor("pse-mil", ActorKind.Agency, "PSE").Actor("pse-reb", ActorKind.ArmedGroup, "PSE")
        .Actor("arab-league", ActorKind.Organisation).Actor("egypt", ActorKind.State, "EGY").Actor("norway", ActorKind.State, "NOR")
        .Process("klibi", ["pse-gov", "syr"], ["arab-league"])
        .Process("militia-talks", ["pse-mil", "syr"], ["egypt"])
        .Process("rebel-talks", ["pse-reb", "syr"], ["norway"])
        .Build();

    [Fact]
    public void A_state_without_a_process_of_its_own_is_taken_as_its_government()
    {
        foreach (var (first, second) in new[] { ("syr", "pse"), ("pse", "syr") })
        {
            var result = MediatorFinder.Find(Graph(), first, second);

            Assert.Equal(["arab-league"], result.Explicit.Select(e => e.ActorId).ToArray());
            var step = Assert.Single(result.RolledUp);
            Assert.Equal(("pse", "pse-gov"), (step.ActorId, step.HeadId));
            Assert.Contains("taken for Pse-gov", result.Summary, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_state_with_a_process_of_its_own_is_answered_for_itself()
    {
        var data = new GraphBuilder()
            .Actor("syr", ActorKind.State, "SYR").Actor("pse", ActorKind.State, "PSE").Actor("pse-gov", ActorKind.Government, "PSE")
            .Actor("qatar", ActorKind.State, "QAT").Actor("arab-league", ActorKind.Organisation)
            .Process("own", ["pse", "syr"], ["qatar"]).Process("klibi", ["pse-gov", "syr"], ["arab-league"])
            .Build();

        var result = MediatorFinder.Find(data, "syr", "pse");

        Assert.Equal(["qatar"], result.Explicit.Select(e => e.ActorId).ToArray());
        Assert.Empty(result.RolledUp);
    }

    [Fact]
    public void Military_rebels_and_actors_that_are_no_state_are_never_taken_for_it()
    {
        var data = Graph();

        Assert.Equal(["pse-gov"], StateOrgans.Of(data, "pse").ToArray());
        Assert.Empty(StateOrgans.Of(data, "pse-gov"));
        Assert.Empty(StateOrgans.Of(data, "arab-league"));
        Assert.DoesNotContain(MediatorFinder.Find(data, "syr", "pse").Explicit, e => e.ActorId is "egypt" or "norway");
    }
}
