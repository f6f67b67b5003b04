using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Leaders named with no title of their own (issue 14, `names`): a body's own name before "of NAME" ("The Lakeside
/// Democratic Party of Zorvan Kettiwel", <c>Recognition/BodyOfLeader</c>), a person's armed men ("Zorvan Kettiwel's army",
/// <c>Recognition/PersonNames</c>), and "led / headed / chaired by" past a renaming aside, after "the Kenyan diplomat", or with a
/// surname met before (<c>Recognition/LedBy</c>). Sentences written for the test; the persons and bodies are made up.</summary>
public class NamedLeaderTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) =>
        result.Actors.FirstOrDefault(a => a.Name == name || a.Aliases.Contains(name))?.Id;

    private static bool Leads(ReadingResult result, string person, string body) =>
        result.Relations.Any(r => r.Kind.Name == "leads" && r.Source == Id(result, person) && r.Target == Id(result, body));

    private static List<string> People(ReadingResult result) =>
        result.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_bodys_own_name_before_of_and_a_name_is_led_by_the_person()
    {
        var result = Read("By 2031 the Moro Islamic Liberation Front of Zorvan Kettiwel held the west of Mindanao. Kettiwel wanted the revenue.");
        Assert.Contains("Zorvan Kettiwel", People(result));
        Assert.True(Leads(result, "Zorvan Kettiwel", "Moro Islamic Liberation Front"));
        Assert.Contains("Kettiwel", result.Actors.Single(a => a.Name == "Zorvan Kettiwel").Aliases);
    }

    [Fact]
    public void An_acronym_and_a_past_title_may_stand_between_the_body_and_its_leader()
    {
        var result = Read("Kenya faced the Lakeside Liberation Front (LLF) of the former prime minister Zorvan Kettiwel in 2031.");
        Assert.True(Leads(result, "Zorvan Kettiwel", "Lakeside Liberation Front"));
    }

    [Theory]
    [InlineData("By 2031 the Lakeside Democratic Party of Kenya held the west of the country.")]
    [InlineData("Envoys of the African Union and the International Organisation of La Francophonie met in Kenya.")]
    [InlineData("By 2031 the Moro Islamic Liberation Front of the North Kivu Hills held the west of Mindanao.")]
    [InlineData("By 2031 the Moro Islamic Liberation Front of Kenya held the west of Mindanao.")]
    public void A_place_a_known_body_or_a_body_word_after_of_is_no_leader(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "leads");
        Assert.Empty(People(result));
    }

    [Fact]
    public void A_persons_army_names_the_person_who_is_not_the_verbs_object()
    {
        var result = Read("In 2030 the Lakeside Democratic Party had invited Pirro Dashavel's army to drive its rivals out of Kenya.");
        Assert.Contains("Pirro Dashavel", People(result));
        var pirro = Id(result, "Pirro Dashavel");
        Assert.DoesNotContain(result.Relations, r => r.Target == pirro && r.Kind.Name != "leads" && r.Kind.Name != "member-of");
    }

    [Theory]
    [InlineData("In 2030 the rebels had invited Kenya's army to drive their rivals out.")]
    [InlineData("In 2030 the rebels had invited Pirro Dashavel to talks in Kenya.")]
    public void Without_a_followers_noun_or_with_a_state_no_person_is_read(string text) =>
        Assert.Empty(People(Read(text)));

    [Fact]
    public void Led_by_after_a_renaming_aside_leads_the_renamed_government()
    {
        var result = Read("Kenya was at war. The government, known from 2029 as the State of Kenya and led by Prime Minister Zorvan Kettiwel, "
            + "faced rebels supplied by Uganda.");
        var person = Id(result, "Zorvan Kettiwel");
        var lead = Assert.Single(result.Relations, r => r.Kind.Name == "leads" && r.Source == person);
        Assert.Equal(result.Actors.Single(a => a.Aliases.Contains("State of Kenya")).Id, lead.Target);
        Assert.NotEqual(Id(result, "Uganda"), lead.Target);
    }

    [Fact]
    public void Headed_by_a_described_person_leads_the_body()
    {
        var result = Read("The accord placed Kenya under the Lakeside Transitional Authority (LTA), headed by the Malawian diplomat Zorvan Kettiwel.");
        Assert.True(Leads(result, "Zorvan Kettiwel", "Lakeside Transitional Authority"));
    }

    [Fact]
    public void Chaired_by_a_surname_met_before_leads_the_body()
    {
        var result = Read("Kenya faced the rebels of Lakeside. President Zorvan Kettiwel of Kenya agreed to talks in 2030. The four factions then formed a Lakeside National Council, "
            + "chaired by Kettiwel, to embody the country's sovereignty.");
        Assert.True(Leads(result, "Zorvan Kettiwel", "Lakeside National Council"));
    }

    [Fact]
    public void Chaired_by_an_unknown_single_word_is_no_leader()
    {
        var result = Read("The four factions of Kenya then formed a Lakeside National Council, chaired by Kettiwel, in 2030.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "leads" && r.Target == Id(result, "Lakeside National Council"));
    }

    [Fact]
    public void A_function_word_opening_the_sentence_does_not_hide_the_name_after_it()
    {
        var result = Read("With Didier Kettiwel's Lakeside Union for Democracy (LUD), the rebels formed an alliance against Kenya.");
        Assert.Contains("Didier Kettiwel", People(result));
    }

    [Fact]
    public void A_capitalised_word_before_the_name_still_joins_it()
    {
        var result = Read("Radio Didier Kettiwel reported that Kenya and Uganda had agreed to talks.");
        Assert.DoesNotContain("Didier Kettiwel", People(result));
    }
}
