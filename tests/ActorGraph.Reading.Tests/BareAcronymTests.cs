using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A party the report names only by an acronym it never spells out ("President NAME of KANU-DP", "KANU-DP and the
/// opposition signed ...")
/// (docs/reading.md, "Blind reports 82-86", second round), and "signed an agreement" read as `negotiates`. Counter-examples: datelines, headings, speaker labels, the first word of a longer name, an
/// acronym an appositive names, common acronyms of things. Sentences written for the test; the acronyms are made up.</summary>
public class BareAcronymTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    [Fact]
    public void A_title_and_name_of_a_bare_acronym_leads_it()
    {
        var result = Read("President Amos Katende of KANU-DP addressed supporters in the capital on Sunday.");
        var party = Id(result, "KANU-DP");
        var katende = Id(result, "Amos Katende");
        Assert.NotNull(party);
        Assert.NotNull(katende);
        Assert.Contains(result.Relations, r => r.Source == katende && r.Target == party && r.Kind.Name == "leads");
    }

    [Fact]
    public void A_bare_acronym_in_a_list_of_signatories_is_a_side()
    {
        var result = Read("The ruling PDRM and the Lakeside Liberation Front signed a ceasefire agreement in Kisumu on 3 May 2031.");
        var party = Id(result, "PDRM");
        var front = Id(result, "Lakeside Liberation Front");
        Assert.NotNull(party);
        Assert.NotNull(front);
        Assert.Contains(result.Relations, r => (r.Source == party && r.Target == front || r.Source == front && r.Target == party) && r.Kind.Sign == Core.Model.RelationSign.Cooperative);
    }

    [Fact]
    public void Signing_an_agreement_is_read_as_negotiating()
    {
        var result = Read("Ghana and Togo signed a border agreement in Lomé on 3 May 2031 after two years of talks.");
        var ghana = Id(result, "Ghana");
        var togo = Id(result, "Togo");
        Assert.Contains(result.Relations, r => r.Kind.Name == "negotiates" && (r.Source == ghana && r.Target == togo || r.Source == togo && r.Target == ghana));
    }

    [Fact]
    public void Signing_a_ceasefire_agreement_stays_a_ceasefire_and_a_petition_is_no_agreement()
    {
        var result = Read("Ghana and Togo signed an agreement on a ceasefire in Lomé on 3 May 2031, the two governments said.");
        Assert.DoesNotContain(result.Relations, r => r.Rule.StartsWith("agreement-signed", StringComparison.Ordinal));
        var petition = Read("Ghana and Togo signed a petition to the league about the match in Lomé on 3 May 2031, officials said.");
        Assert.DoesNotContain(petition.Relations, r => r.Kind.Name == "negotiates");
    }

    [Theory]
    [InlineData("KISUMU, 3 May 2031 — Ghana and Togo signed a trade agreement on Sunday.", "KISUMU")]
    [InlineData("QUESTION: Will Ghana and Togo sign the agreement this week?", "QUESTION")]
    [InlineData("The two sides signed an MOU on border trade, Ghana's foreign ministry said.", "MOU")]
    [InlineData("Ghana will route the aid through the KALA Centre in Accra, the ministry said.", "KALA")]
    [InlineData("Troops of PAXMON, the Lakeside Ceasefire Monitoring Group, will supervise the disarmament of the fighters.", "PAXMON")]
    [InlineData("TALKS RESUME AFTER PDRM WALKOUT\n\nGhana and Togo resumed their talks in Lomé on Monday after a pause of one week.", "PDRM")]
    public void Capitals_that_are_no_bare_party_are_not_read(string sentence, string capitals)
    {
        var result = Read(sentence);
        Assert.DoesNotContain(result.Actors, a => a.Name == capitals);
    }
}
