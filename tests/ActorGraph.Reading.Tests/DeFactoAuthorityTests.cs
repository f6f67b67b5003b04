using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A territory as a side of talks (issue 14, process roles, `DeFactoAuthorities`): the report makes it act as its de facto
/// authority, through its seat ("between Tbilisi and Sukhumi") or by calling it breakaway; named only as a place it stays scenery.
/// Every text is written for the test, on other conflicts than the reports', with counter-examples.</summary>
public class DeFactoAuthorityTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void A_breakaway_region_is_a_party_of_the_talks()
    {
        var result = Read("Negotiators from Georgia and its breakaway region of Abkhazia met in Geneva on Tuesday, in talks mediated by the United Nations.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(new[] { "geo", Id(result, "Abkhazia") }.Order(), process.Parties.Order());
        Assert.Equal(["uno"], process.Mediators);
    }

    [Fact]
    public void A_seat_named_as_a_side_brings_its_territory_in_as_the_party()
    {
        var result = Read("The European Union mediates between Tbilisi and Sukhumi in the Geneva talks.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(new[] { "geo", Id(result, "Abkhazia") }.Order(), process.Parties.Order());
    }

    [Fact]
    public void A_territory_named_as_a_place_is_no_party()
    {
        var result = Read("Negotiators from Georgia and Russia met in Geneva on Tuesday, in talks mediated by the United Nations. Russian troops remain in Abkhazia.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["geo", "rus"], process.Parties.Order());
    }

    [Fact]
    public void A_region_not_called_breakaway_is_no_side()
    {
        var result = Read("Negotiators from Georgia and Abkhazia met in Geneva on Tuesday, in talks mediated by the United Nations.");
        Assert.All(result.Processes, p => Assert.DoesNotContain(result.Actors.Where(a => a.Name == "Abkhazia").Select(a => a.Id).FirstOrDefault() ?? "-", p.Parties));
    }
}
