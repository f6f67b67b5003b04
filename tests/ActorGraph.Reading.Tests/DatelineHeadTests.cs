using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>A head of state or government named with a bare title ("President X", "Prime Minister Y") in a sentence that
/// opens with a news dateline leads the state whose capital the dateline names, when the sentence names no state
/// (<c>Recognition/DatelinePlace</c>, rule <c>title-dateline</c>). Counter-examples: a head who arrives in or visits the
/// city, two heads in one sentence, a capital that is no dateline, a state named in the title. Sentences written for the
/// test; the persons are made up.</summary>
public class DatelineHeadTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("Talks resume\n\n" + text);

    private static bool Leads(ReadingResult result, string personId, string country) =>
        result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == personId && (r.Target == country || r.Target == country + "-gov"));

    private static bool LeadsAnything(ReadingResult result, string personId) =>
        result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == personId);

    [Theory]
    [InlineData("KAMPALA — President Amos Okello said on Tuesday that his government would join the talks with the rebels.", "amos-okello", "uga")]
    [InlineData("KAMPALA - President Amos Okello said on Tuesday that his government would join the talks with the rebels.", "amos-okello", "uga")]
    [InlineData("KATHMANDU, March 3 (Reuters) - Prime Minister Hari Thapa said the talks with the rebels would resume next week.", "hari-thapa", "npl")]
    [InlineData("Kathmandu — Prime Minister Hari Thapa said the talks with the rebels would resume next week.", "hari-thapa", "npl")]
    public void A_bare_head_title_after_a_dateline_leads_the_capital_s_state(string text, string person, string country)
    {
        var result = Read(text);
        Assert.True(Leads(result, person, country), string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}")));
        Assert.Contains(result.Relations, r => r.Rule == "title-dateline");
    }

    [Fact]
    public void The_dateline_places_the_head_when_the_report_has_named_other_states_before()
    {
        var result = Read("Kenya and Tanzania sent envoys to the region on Monday.\n\n"
            + "KAMPALA — President Amos Okello said on Tuesday that his government would join the talks with the rebels.");
        Assert.True(Leads(result, "amos-okello", "uga"));
        Assert.False(Leads(result, "amos-okello", "ken"));
    }

    [Theory]
    // A head who travels to the dateline's city is a guest there.
    [InlineData("NAIROBI — President Amos Okello arrived in Nairobi on Tuesday for talks with the rebels.")]
    [InlineData("NAIROBI — Visiting President Amos Okello said on Tuesday that the talks with the rebels would resume.")]
    // The capital is a place in the story, not a dateline.
    [InlineData("Talks resumed in Nairobi on Tuesday, and President Amos Okello said his government would attend.")]
    [InlineData("Nairobi hosted the talks on Tuesday, and President Amos Okello said his government would attend.")]
    public void A_guest_or_a_capital_that_is_no_dateline_places_no_head(string text)
    {
        var result = Read(text);
        Assert.False(Leads(result, "amos-okello", "ken"));
    }

    [Fact]
    public void Two_heads_in_the_dateline_sentence_are_left_unplaced()
    {
        var result = Read("KAMPALA — President Amos Okello met President Jean Mbeki on Tuesday to discuss the talks with the rebels.");
        Assert.False(LeadsAnything(result, "amos-okello"));
        Assert.False(LeadsAnything(result, "jean-mbeki"));
    }

    [Fact]
    public void A_state_named_with_the_title_wins_over_the_dateline()
    {
        var result = Read("KAMPALA — Kenyan President Amos Okello said on Tuesday that his government would join the talks with the rebels.");
        Assert.True(Leads(result, "amos-okello", "ken"));
        Assert.False(Leads(result, "amos-okello", "uga"));
    }
}
