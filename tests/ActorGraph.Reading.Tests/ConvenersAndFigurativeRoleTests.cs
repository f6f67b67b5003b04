namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14 (reader, eighteenth round): the armed opposition named by description, the pair two delegations name, a
/// list of conveners that announced a ceasefire themselves, and figurative go-betweens ("acted as a bridge between", "played the
/// part of the neutral table"), each with counter-examples. Sentences written for the tests (docs/reading.md, "Conveners, armed
/// opposition, figurative go-betweens").</summary>
public class ConvenersAndFigurativeRoleTests
{
    private static readonly string[] Conveners = ["dza", "ner", "tcd"];

    [Fact]
    public void Armed_opposition_factions_are_an_armed_group_named_after_the_state_in_view()
    {
        var result = ReportReader.ReadText("A delegation of the Government of Mali, headed by its foreign minister, and a delegation of armed opposition factions met in Algiers.");
        var armed = Assert.Single(result.Actors, a => a.Rule == "opposition");
        Assert.Equal("Malian armed opposition", armed.Name);
        Assert.Equal(Core.Model.ActorKind.ArmedGroup, armed.Kind);
    }

    [Fact]
    public void The_armed_opposition_with_its_state_is_an_armed_group()
    {
        var result = ReportReader.ReadText("Envoys met the Colombian armed opposition in Havana in May 2031.");
        Assert.Contains(result.Actors, a => a.Name == "Colombian armed opposition" && a.Kind == Core.Model.ActorKind.ArmedGroup);
    }

    [Fact]
    public void A_bare_armed_opposition_first_met_stays_a_description()
    {
        var result = ReportReader.ReadText("The council of Chad promised a dialogue and invited the armed opposition to talks abroad.");
        Assert.DoesNotContain(result.Actors, a => a.Rule == "opposition");
    }

    [Fact]
    public void Three_conveners_that_announced_a_ceasefire_all_mediate_between_the_delegations_in_view()
    {
        var ties = ReadTies.Plain("A delegation of the Government of Mali and a delegation of armed opposition factions take part.\n\n"
            + "The talks are convened by Algeria, Niger and Chad, which announced a ceasefire at the end of May 2031.");
        foreach (var convener in Conveners)
            Assert.Contains(ties, t => t.StartsWith(convener + " mediates mli", StringComparison.Ordinal));
        foreach (var convener in Conveners)
            Assert.Contains(ties, t => t.StartsWith(convener + " mediates malian-armed-opposition", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_delegations_without_and_name_no_pair()
    {
        var ties = ReadTies.Plain("A delegation of the Government of Mali arrived on Monday; a delegation of Niger arrived on Tuesday.\n\n"
            + "The talks are convened by Algeria.");
        Assert.DoesNotContain(ties, t => t.StartsWith("dza mediates", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Norway acted as a bridge between Ghana and Togo in the talks of 2031.")]
    [InlineData("Norway served as a channel between Ghana and Togo during the border talks.")]
    [InlineData("Norway's government played the part of the neutral table between Ghana and Togo.")]
    public void A_figurative_go_between_mediates(string sentence)
    {
        var ties = ReadTies.Plain(sentence);
        Assert.Contains(ties, t => t.StartsWith("nor", StringComparison.Ordinal) && t.EndsWith(" mediates gha", StringComparison.Ordinal));
        Assert.Contains(ties, t => t.StartsWith("nor", StringComparison.Ordinal) && t.EndsWith(" mediates tgo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Norway provided a neutral venue for talks between Ghana and Togo.")]
    [InlineData("Norway financed the construction of the bridge between Ghana and Togo.")]
    [InlineData("Norway is a bridge between Ghana and Togo for trade in grain.")]
    public void A_venue_or_a_real_bridge_is_no_mediation(string sentence) =>
        Assert.DoesNotContain(ReadTies.Plain(sentence), t => t.StartsWith("nor", StringComparison.Ordinal) && t.Contains(" mediates ", StringComparison.Ordinal));

    [Fact]
    public void Earlier_conveners_that_signed_together_are_no_sides_of_a_later_track()
    {
        var ties = ReadTies.Plain("A delegation of the Government of Mali and a delegation of armed opposition factions take part.\n\n"
            + "The talks are convened by Algeria, Niger and Chad.\n\nOn 4 May 2031 Algeria, Niger and Chad signed a memorandum on four zones.\n\n"
            + "The UN-led talks in Geneva continue separately.");
        Assert.DoesNotContain(ties, t => t.StartsWith("uno mediates", StringComparison.Ordinal) && (t.EndsWith("dza", StringComparison.Ordinal) || t.EndsWith("ner", StringComparison.Ordinal) || t.EndsWith("tcd", StringComparison.Ordinal)));
        Assert.Contains(ties, t => t.StartsWith("uno mediates mli", StringComparison.Ordinal));
    }
}
