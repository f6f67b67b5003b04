using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles follow-up (tenth session): the Commonwealth as an international body, and "the
/// Organization of X" read as a name, not as a reference to the last body; on sentences written for the test (not taken from any report).</summary>
public class ProcessRoleFollowUpTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static ProposedProcess Single(ReadingResult result) => Assert.Single(result.Processes);

    [Fact]
    public void A_bracketed_acronym_inside_a_list_of_mediators_does_not_end_the_list()
    {
        var result = Read("The talks between the Government of Chad and the Union of Resistance Forces were supported by a team of mediators "
            + "from the African Union (AU), the European Union and the Commonwealth.");
        var process = Single(result);
        Assert.Contains("eec", process.Mediators);
        Assert.Contains(process.Mediators, m => m == "cwn");
    }

    [Fact]
    public void A_bracketed_aside_of_more_than_one_word_still_ends_the_list()
    {
        var result = Read("The talks between the Government of Chad and the Union of Resistance Forces were supported by a team of mediators "
            + "from the African Union (then chaired by Benin) and later Norway.");
        var process = Single(result);
        Assert.DoesNotContain("nor", process.Mediators);
    }

    [Fact]
    public void A_capitalised_group_noun_before_of_and_a_name_opens_a_name_not_a_reference_to_the_last_body()
    {
        var result = Read("The talks between the Government of Chad and the Union of Resistance Forces were supported by co-facilitators "
            + "from the United Nations, the Organization of African Unity and the Commonwealth.");
        var process = Single(result);
        Assert.Equal(["cwn", "oau", "uno"], process.Mediators.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_organisation_in_lower_case_still_refers_to_the_last_body()
    {
        var result = Read("The talks between the Government of Chad and the Union of Resistance Forces were supported by the United Nations. "
            + "The organization mediated between the Government of Chad and the Union of Resistance Forces again in May.");
        Assert.All(result.Processes, p => Assert.DoesNotContain("oau", p.Mediators));
        Assert.Contains(result.Processes, p => p.Mediators.Contains("uno"));
    }

    [Fact]
    public void A_relation_word_inside_a_known_body_s_name_is_no_trigger()
    {
        var result = Read("Chad and Niger thanked the Organization for Security and Co-operation in Europe for its support.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "cooperates");
    }

    [Fact]
    public void The_Commonwealth_alone_is_the_international_body()
    {
        var result = Read("The Commonwealth mediated between the Government of Chad and the Union of Resistance Forces.");
        var process = Single(result);
        Assert.Single(process.Mediators);
        Assert.DoesNotContain("cwn", process.Parties);
        Assert.Equal(["cwn"], process.Mediators);
    }
    [Fact]
    public void The_state_leading_a_mediation_team_is_no_side_of_the_talks_it_mediates()
    {
        var result = Read("The minister commends the mediation team, led by Senegal, for its efforts during six months of negotiations "
            + "between the Government of Chad and the rebel movements.");
        Assert.DoesNotContain(result.Relations, r => r.Kind.Name == "negotiates" && (r.Source == "sen" || r.Target == "sen"));
    }

    [Fact]
    public void A_delegation_led_by_a_state_still_negotiates()
    {
        var result = Read("The delegation, led by Senegal, held negotiations with the Government of Chad.");
        Assert.Contains(result.Relations, r => r.Kind.Name == "negotiates" && (r.Source == "sen" || r.Target == "sen"));
    }
}
