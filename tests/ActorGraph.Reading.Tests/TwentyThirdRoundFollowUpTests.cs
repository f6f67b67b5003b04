using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-third round's follow-up: peoples named by a state's adjective or name before another state's plural
/// demonym ("the Bosnian Serbs", "Kosovo Albanians"), on sentences written for the test (not taken from any report), with
/// counter-examples.</summary>
public class TwentyThirdRoundFollowUpTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    [Fact]
    public void People_at_war_named_by_home_and_ethnic_plural_is_an_armed_group_of_its_home()
    {
        var result = Read("The war in the region was fought between the Bosnian government and the Bosnian Croats until 1994.");
        var group = Assert.Single(result.Actors, a => a.Name == "Bosnian Croats");
        Assert.Equal(ActorKind.ArmedGroup, group.Kind);
        Assert.Equal("BIH", group.Country);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Croatia");
    }

    [Fact]
    public void People_named_by_a_territory_without_fighting_is_a_population()
    {
        var result = Read("Kosovo Albanians voted on Sunday in local elections that the mission described as calm.");
        var group = Assert.Single(result.Actors, a => a.Name == "Kosovo Albanians");
        Assert.Equal(ActorKind.Population, group.Kind);
        Assert.Equal("XKX", group.Country);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Albania");
    }

    [Fact]
    public void Singular_before_a_noun_names_the_group_met_before()
    {
        var result = Read("The Bosnian Serbs rejected the plan. NATO aircraft struck Bosnian Serb positions near the town in August.");
        var group = Assert.Single(result.Actors, a => a.Name == "Bosnian Serbs");
        Assert.Equal(2, group.Mentions);
        Assert.DoesNotContain(result.Actors, a => a.Name == "Serbia");
    }

    [Fact]
    public void Plural_demonyms_of_two_states_joined_by_and_stay_the_states()
    {
        var result = Read("Serbs and Croats signed a trade accord in Zagreb on Monday.");
        Assert.Contains(result.Actors, a => a.Name == "Serbia" && a.Kind == ActorKind.State);
        Assert.Contains(result.Actors, a => a.Name == "Croatia" && a.Kind == ActorKind.State);
        Assert.DoesNotContain(result.Actors, a => a.Kind is ActorKind.ArmedGroup or ActorKind.Population);
    }

    [Fact]
    public void Singular_with_no_group_met_keeps_the_state_adjectives()
    {
        var result = Read("Bosnian Serb officials met Croatian ministers in Zagreb.");
        Assert.DoesNotContain(result.Actors, a => a.Name == "Bosnian Serbs");
    }

    // Witnesses of a signing are guests, not brokers, where the text names a broker.

    private static string IdOf(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void Witnesses_of_the_signing_are_no_process_mediators_beside_a_named_broker()
    {
        var result = Read("Armenia and Azerbaijan signed a peace accord in Geneva on Tuesday, in a ceremony witnessed by the European Union. "
            + "The accord followed months of indirect talks between Armenia and Azerbaijan brokered by Switzerland.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(IdOf(result, "Switzerland"), process.Mediators);
        Assert.DoesNotContain(IdOf(result, "European Union"), process.Mediators);
    }

    [Fact]
    public void Witnesses_stay_the_mediators_when_no_broker_is_named()
    {
        var result = Read("Armenia and Azerbaijan signed a peace accord in Geneva on Tuesday, in a ceremony witnessed by the European Union.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(IdOf(result, "European Union"), process.Mediators);
    }

    [Fact]
    public void The_communities_of_Cyprus_live_in_Cyprus_not_in_the_state_of_their_adjective()
    {
        var result = Read("Talks between Greek Cypriots and Turkish Cypriots on the island's future resumed in Nicosia in May.");
        Assert.Equal("CYP", Assert.Single(result.Actors, a => a.Name == "Greek Cypriots").Country);
        Assert.Equal("CYP", Assert.Single(result.Actors, a => a.Name == "Turkish Cypriots").Country);
    }
}
