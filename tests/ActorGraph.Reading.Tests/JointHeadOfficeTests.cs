using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>One holder of two offices named together after "the", the first a head's: "the Prime Minister and Minister of
/// Foreign Affairs of Kuwait, NAME" leads Kuwait (<c>Recognition/Persons.JointOffices</c>). Counter-examples: a deputy's
/// first title, a single minister's title. Sentences written for the test; the persons are made up.</summary>
public class JointHeadOfficeTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("Talks news\n\n" + text);

    private static string Tie(ReadingResult result, string person) =>
        string.Join("; ", result.Relations.Where(r => r.Source == person && r.Kind.Name is "leads" or "member-of").Select(r => $"{r.Kind.Name} {r.Target}"));

    [Fact]
    public void A_head_s_title_joined_to_a_minister_s_leads_the_state()
    {
        var result = Read("The Government thanks the Prime Minister and Minister of Foreign Affairs of Kuwait, Sheikh Fahad bin Nasser Al Amiri, who followed the talks closely.");
        Assert.Equal("leads kwt", Tie(result, "fahad-bin-nasser-al-amiri"));
    }

    [Theory]
    [InlineData("The Government thanks the Deputy Prime Minister and Minister of Foreign Affairs of Kuwait, Sheikh Fahad bin Nasser Al Amiri, who followed the talks closely.")]
    [InlineData("The Government thanks the Minister of Foreign Affairs of Kuwait, Sheikh Fahad bin Nasser Al Amiri, who followed the talks closely.")]
    public void A_deputy_or_a_minister_alone_is_a_member(string text)
    {
        var result = Read(text);
        Assert.Equal("member-of kwt", Tie(result, "fahad-bin-nasser-al-amiri"));
    }
}
