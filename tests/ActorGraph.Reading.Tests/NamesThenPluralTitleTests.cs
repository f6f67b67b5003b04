using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A list of names before a plural title in apposition (<c>Recognition/NamesThenPluralTitle</c>): "A and B, the two
/// prime ministers, urged ..." and "A of X and B of Y, the foreign ministers, met ..."; and renamings read as one actor with two
/// names (<c>Recognition/AliasInWords</c>): "known from 1989 as", "later renamed", "now called", "formerly known as".
/// Counter-examples: one name, a title that is no office, names with no states in view, a "known as" that names another
/// actor. Sentences written for the test; the persons and bodies are made up.</summary>
public class NamesThenPluralTitleTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("Talks news\n\n" + text);

    private static bool Holds(ReadingResult result, string person, string country) =>
        result.Relations.Any(r => r.Kind.Name is "leads" or "member-of" && r.Source == person && (r.Target == country || r.Target == country + "-gov"));

    private static string Relations(ReadingResult result) => string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}"));

    [Fact]
    public void Names_with_states_then_the_plural_title_hold_the_office_of_their_state()
    {
        var result = Read("Jorge Paz of Peru and Ana Ruiz of Chile, the foreign ministers, met in Lima to settle the border dispute.");
        Assert.True(Holds(result, "jorge-paz", "per"), Relations(result));
        Assert.True(Holds(result, "ana-ruiz", "chl"), Relations(result));
    }

    [Fact]
    public void Names_without_states_take_the_states_in_view_in_order()
    {
        var result = Read("The Peruvian and Chilean governments had agreed on a timetable. Jorge Paz and Ana Ruiz, the two presidents, urged both armies to withdraw.");
        Assert.Contains(result.Actors, a => a.Name == "Ana Ruiz" && a.Kind == Core.Model.ActorKind.Person);
        Assert.True(Holds(result, "jorge-paz", "per"), Relations(result));
        Assert.True(Holds(result, "ana-ruiz", "chl"), Relations(result));
    }

    [Fact]
    public void Without_states_in_view_the_persons_are_read_with_no_office()
    {
        var result = Read("Jorge Paz and Ana Ruiz, the two presidents, urged both armies to withdraw from the valley.");
        Assert.Contains(result.Actors, a => a.Name == "Ana Ruiz" && a.Kind == Core.Model.ActorKind.Person);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name is "leads" or "member-of" && r.Source is "jorge-paz" or "ana-ruiz");
    }

    [Theory]
    // One name is no list (another rule reads "NAME, the president").
    [InlineData("Talks resumed in Lima after a long pause. Peru and Chile sent delegations. Jorge Paz, the two presidents, urged calm on both sides of the border.")]
    // "the allies" is no title.
    [InlineData("Peru and Chile sent delegations. Jorge Paz and Ana Ruiz, the allies, urged calm on both sides of the border.")]
    public void No_plural_title_after_a_list_gives_no_office_from_this_rule(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Relations, r => r.Rule == "plural-title-after");
    }

    [Theory]
    [InlineData("The government, known from 1989 as the State of Cambodia, faced three armed factions.")]
    [InlineData("The government, later renamed the State of Cambodia, faced three armed factions.")]
    public void A_renamed_government_is_one_actor_with_both_names(string text)
    {
        var result = Read(text);
        var government = Assert.Single(result.Actors, a => a.Kind == Core.Model.ActorKind.Government);
        Assert.Equal("KHM", government.Country);
        Assert.Contains("State of Cambodia", government.Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name == "State of Cambodia");
    }

    [Theory]
    [InlineData("The Northern Alliance Front, later renamed the Unity Front, signed the accord with the government.", "Northern Alliance Front", "Unity Front")]
    [InlineData("The Northern Alliance Front, now called the Unity Front, signed the accord with the government.", "Northern Alliance Front", "Unity Front")]
    [InlineData("The Unity Front, formerly known as the Northern Alliance Front, signed the accord with the government.", "Unity Front", "Northern Alliance Front")]
    public void A_body_renamed_is_one_actor_with_the_other_name_as_alias(string text, string name, string alias)
    {
        var result = Read(text);
        var body = Assert.Single(result.Actors, a => a.Name == name);
        Assert.Contains(alias, body.Aliases);
        Assert.DoesNotContain(result.Actors, a => a.Name == alias);
    }

    [Fact]
    public void A_renaming_that_names_another_known_actor_is_no_alias()
    {
        var result = Read("The Northern Alliance Front, later renamed in the press as a wing of Sudan's army, signed the accord.");
        Assert.DoesNotContain(result.Actors, a => a.Aliases.Contains("Sudan"));
        var none = Read("The government, later renamed by its critics, faced three armed factions.");
        Assert.DoesNotContain(none.Actors, a => a.Kind == Core.Model.ActorKind.Government);
    }
}
