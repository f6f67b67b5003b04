using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A plural title before an apposition that lists its holders, each with its state after "of" (<c>Recognition/
/// PluralTitles</c>): "The Prime Ministers, A of X and B of Y, joined the talks" gives A who leads X and B who leads Y.
/// Counter-examples: holders without states, a body that is no state after "of", one holder only. Sentences written for the
/// test; the persons are made up.</summary>
public class PluralTitleListTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("Talks news\n\n" + text);

    private static bool Leads(ReadingResult result, string person, string country) =>
        result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == person && (r.Target == country || r.Target == country + "-gov"));

    private static string Relations(ReadingResult result) => string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}"));

    [Theory]
    [InlineData("The Prime Ministers, Alan Marsh of the United Kingdom and Liam Doyle of Ireland, joined the negotiators at the castle for the last days.")]
    [InlineData("The prime ministers, Alan Marsh of the United Kingdom and Liam Doyle of Ireland, joined the negotiators at the castle for the last days.")]
    public void Each_holder_leads_the_state_named_after_them(string text)
    {
        var result = Read(text);
        Assert.True(Leads(result, "alan-marsh", "gbr"), Relations(result));
        Assert.True(Leads(result, "liam-doyle", "irl"), Relations(result));
        Assert.Contains(result.Actors, a => a.Name == "Liam Doyle");
    }

    [Fact]
    public void Three_holders_joined_by_commas_and_and()
    {
        var result = Read("The Presidents, Jorge Paz of Peru, Ana Ruiz of Chile and Luis Vega of Ecuador, signed the declaration in Lima.");
        Assert.True(Leads(result, "jorge-paz", "per"), Relations(result));
        Assert.True(Leads(result, "ana-ruiz", "chl"), Relations(result));
        Assert.True(Leads(result, "luis-vega", "ecu"), Relations(result));
    }

    [Fact]
    public void The_counted_set_may_stand_between_the_title_and_its_holders()
    {
        var result = Read("The foreign ministers of the three countries, Jorge Paz of Peru, Ana Ruiz of Chile and Luis Vega of Ecuador, signed the accords in New York.");
        foreach (var (person, state) in new[] { ("jorge-paz", "per"), ("ana-ruiz", "chl"), ("luis-vega", "ecu") })
            Assert.True(result.Relations.Any(r => r.Kind.Name == "member-of" && r.Source == person && (r.Target == state || r.Target == state + "-gov")), Relations(result));
    }

    [Fact]
    public void A_counted_set_without_holders_after_it_gives_no_office()
    {
        var result = Read("The foreign ministers of the three countries met in New York, and Jorge Paz of Peru spoke first.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name is "member-of" or "leads" && r.Source == "jorge-paz" && r.Rule == "plural-title");
    }

    [Theory]
    // No state after the names: the title says nothing of whom they lead.
    [InlineData("The Prime Ministers, Alan Marsh and Liam Doyle, joined the negotiators at the castle for the last days.")]
    // A company is no state.
    [InlineData("The Presidents, Alan Marsh of Marsh Holdings and Liam Doyle of Doyle Shipping, joined the negotiators at the castle.")]
    // One holder is no list.
    [InlineData("The Prime Ministers, Alan Marsh of the United Kingdom, joined the negotiators at the castle for the last days.")]
    public void Without_a_list_of_names_with_states_no_one_leads(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "leads" && r.Source is "alan-marsh" or "liam-doyle");
    }
}
