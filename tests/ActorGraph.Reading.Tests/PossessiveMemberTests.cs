using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The possessive convention (issue 14, `names`, docs/reading.md): "Kenya's Didier Kettiwel" (a given name of the gazetteer) makes the person a member
/// of Kenya, not its head (the words give no office); a head's title keeps `leads`. And a capitalised plural title with its
/// holders and no comma ("the Foreign Ministers A of X and B of Y"); "former Presidents A of X and B of Y" hold no office now
/// (<c>Recognition/PossessiveMembers</c>, <c>Recognition/PluralTitles</c>). Sentences written for the test; names made up.</summary>
public class PossessiveMemberTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static bool Tie(ReadingResult result, string kind, string person, string body) =>
        result.Relations.Any(r => r.Kind.Name == kind && r.Source == Id(result, person) && r.Target == Id(result, body));

    [Theory]
    [InlineData("Kenya", "The signing was attended by Kenya's Didier Kettiwel and by envoys of Uganda.")]
    [InlineData("European Union", "The signing was attended by the European Union's Didier Kettiwel and by envoys of Uganda.")]
    public void A_possessive_before_a_name_makes_a_member(string body, string text)
    {
        var result = Read(text);
        Assert.True(Tie(result, "member-of", "Didier Kettiwel", body));
        Assert.False(Tie(result, "leads", "Didier Kettiwel", body));
    }

    [Fact]
    public void A_heads_title_after_the_possessive_still_leads()
    {
        var result = Read("The signing was attended by Kenya's President Didier Kettiwel and by envoys of Uganda.");
        Assert.True(Tie(result, "leads", "Didier Kettiwel", "Kenya") || result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == Id(result, "Didier Kettiwel")));
        Assert.False(Tie(result, "member-of", "Didier Kettiwel", "Kenya"));
    }

    [Fact]
    public void A_possessive_of_a_place_is_no_membership()
    {
        var result = Read("The rebels met in Nairobi's Zorvan Kettiwel Hall with envoys of Uganda.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "member-of");
    }

    [Fact]
    public void A_capitalised_plural_title_without_a_comma_gives_each_holder_its_state()
    {
        var result = Read("The protocols were signed by the Foreign Ministers Zorvan Kettiwel of Kenya and Pirro Dashavel of Uganda in Zurich.");
        Assert.True(Tie(result, "member-of", "Zorvan Kettiwel", "Kenya"));
        Assert.True(Tie(result, "member-of", "Pirro Dashavel", "Uganda"));
    }

    [Fact]
    public void Former_holders_named_so_hold_no_office_now()
    {
        var result = Read("The panel includes former Presidents Zorvan Kettiwel of Kenya and Pirro Dashavel of Uganda.");
        Assert.NotNull(Id(result, "Zorvan Kettiwel"));
        Assert.False(Tie(result, "leads", "Zorvan Kettiwel", "Kenya"));
        Assert.False(Tie(result, "leads", "Pirro Dashavel", "Uganda"));
    }
}
