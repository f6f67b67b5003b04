namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: the subject of a verb is carried across a description set off by commas ("NAME, a senior adviser to
/// President X, carried drafts between A and B": NAME, not X) and across a relative clause ("NAME, who heads Y, met Z").
/// Sentences written for the test, with counter-examples (a list after a comma, a title renaming the head).</summary>
public class AppositiveSubjectTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    [Fact]
    public void An_adviser_carrying_drafts_between_two_states_mediates_not_the_president_he_advises()
    {
        var ties = Ties("Ambassador Pekka Virtanen, a senior adviser to President Alexander Stubb on security, carried drafts between Armenia and Azerbaijan.");
        Assert.Contains("pekka-virtanen mediates arm", ties);
        Assert.Contains("pekka-virtanen mediates aze", ties);
        Assert.DoesNotContain(ties, t => t.StartsWith("alexander-stubb mediates", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_described_by_its_tie_to_another_is_the_subject_of_the_accusation()
    {
        var ties = Ties("Egypt, the closest ally of Saudi Arabia in the region, accused Ethiopia of filling the dam without an agreement.");
        Assert.Contains("egy accuses eth", ties);
        Assert.DoesNotContain("sau accuses eth", ties);
    }

    [Fact]
    public void A_relative_clause_naming_a_body_leaves_the_person_as_subject()
    {
        var ties = Ties("Foreign Minister Hakan Fidan, who heads the delegation of Turkey, met President Volodymyr Zelensky in Kyiv.");
        Assert.Contains(ties, t => t.StartsWith("hakan-fidan meets volodymyr-zelensky", StringComparison.Ordinal) || t.StartsWith("volodymyr-zelensky meets hakan-fidan", StringComparison.Ordinal));
        Assert.DoesNotContain(ties, t => t.StartsWith("tur meets", StringComparison.Ordinal));
    }

    [Fact]
    public void A_list_after_a_comma_keeps_every_mediator()
    {
        var ties = Ties("Kenya, the United States and Norway mediated between Sudan and the SPLM.");
        Assert.Contains("ken mediates sdn", ties);
        Assert.Contains("usa mediates sdn", ties);
        Assert.Contains("nor mediates sdn", ties);
    }

    [Fact]
    public void A_title_renaming_the_head_keeps_the_named_person()
    {
        var ties = Ties("The AU envoy, former President Olusegun Obasanjo, brokered talks between Ethiopia and Eritrea.");
        Assert.Contains("olusegun-obasanjo mediates eth", ties);
        Assert.Contains("olusegun-obasanjo mediates eri", ties);
    }
}
