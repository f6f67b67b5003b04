using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>The twelfth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class TwelfthRoundPatternTests
{
    private static List<string> Processes(string text) =>
        ReportReader.ReadText(text).Processes
            .Select(p => $"{string.Join(" ", p.Parties.Order(StringComparer.Ordinal))} / {string.Join(" ", p.Mediators.Order(StringComparer.Ordinal))}").ToList();

    private static List<string> Ties(string text, params string[] kinds) =>
        ReportReader.ReadText(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_Soviet_Union_is_a_state_of_its_own_and_not_Russia()
    {
        var result = ReportReader.ReadText("In 1962 the Soviet Union withdrew its missiles from Cuba after talks with the United States. " +
            "The USSR and the United States later signed a treaty, and Soviet diplomats met American officials in Geneva.");
        var ids = result.Actors.Select(a => a.Id).ToList();
        Assert.Contains("sun", ids);
        Assert.DoesNotContain("rus", ids);
        Assert.Equal("Soviet Union", result.Actors.Single(a => a.Id == "sun").Name);
    }

    [Fact]
    public void Moscow_still_stands_for_Russia()
    {
        var ids = ReportReader.ReadText("Ukraine accused Moscow of shelling the plant on Monday.").Actors.Select(a => a.Id).ToList();
        Assert.Contains("rus", ids);
        Assert.DoesNotContain("sun", ids);
    }

    [Fact]
    public void Saint_written_St_and_regional_organisations_are_known()
    {
        var ties = Ties("Prime Minister Ralph Gonsalves of St. Vincent and the Grenadines addressed the summit of CARICOM and CELAC in Kingstown.", "leads");
        Assert.Equal(["ralph-gonsalves leads vct"], ties);
        var ids = ReportReader.ReadText("CARICOM and CELAC leaders met in Kingstown on Friday.").Actors.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["caribbean-community", "community-of-latin-american-and-caribbean-states"], ids);
    }

    [Fact]
    public void An_intermediary_between_two_sides_is_their_mediator()
    {
        var processes = Processes("In 1980 Algeria served as the intermediary between Iran and the United States.");
        Assert.Equal(["irn usa / dza"], processes);
    }

    [Fact]
    public void Who_arranges_the_two_sides_meeting_mediates_it()
    {
        var processes = Processes("Iran and the United States met secretly in Bonn, with Switzerland arranging the meeting.");
        Assert.Equal(["irn usa / che"], processes);
    }

    [Fact]
    public void Those_thanked_for_facilitating_are_the_mediators_and_a_person_stands_for_the_office()
    {
        var processes = Processes("Colombia and the ELN concluded a round of talks in Caracas. " +
            "We thank Norway and Prime Minister Ana Ruiz of Cuba for facilitating the dialogue.");
        Assert.Equal(["col eln / cub nor"], processes);
    }

    [Fact]
    public void The_speaker_who_thanks_is_not_a_mediator_without_a_for_clause()
    {
        var processes = Processes("Colombia and the ELN concluded a round of talks in Caracas. We thank Norway for its support.");
        Assert.Empty(processes);
    }

    [Fact]
    public void Two_mediations_of_one_pair_far_apart_in_time_with_other_mediators_are_two_processes()
    {
        var processes = Processes("In March 2002, Sweden mediated between Indonesia and the Free Aceh Movement. " +
            "In June 2005, Finland mediated between Indonesia and the Free Aceh Movement.");
        Assert.Equal(2, processes.Count);
        Assert.Contains(processes, p => p.EndsWith("/ swe", StringComparison.Ordinal));
        Assert.Contains(processes, p => p.EndsWith("/ fin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In March 2002, Sweden mediated between Indonesia and the Free Aceh Movement. In April 2002, Finland mediated between Indonesia and the Free Aceh Movement.")]
    [InlineData("In March 2002, Sweden mediated between Indonesia and the Free Aceh Movement. In June 2005, Sweden and Finland mediated between Indonesia and the Free Aceh Movement.")]
    [InlineData("Sweden mediated between Indonesia and the Free Aceh Movement. In June 2005, Finland mediated between Indonesia and the Free Aceh Movement.")]
    public void Mediations_close_in_time_sharing_a_mediator_or_undated_stay_one_process(string text)
    {
        Assert.Single(Processes(text));
    }

    [Theory]
    [InlineData("The International Court of Justice ordered Venezuela to halt the annexation.", "international-court-of-justice demands ven")]
    [InlineData("Kenya calls on Ethiopia to respect the ceasefire.", "ken demands eth")]
    [InlineData("The United States reaffirms its support for Guyana's sovereignty and calls on Venezuela to respect the ruling.", "usa demands ven")]
    public void An_order_or_a_call_to_respect_or_stop_is_a_demand(string text, string expected)
    {
        Assert.Equal([expected], Ties(text, "demands", "engages"));
    }

    [Fact]
    public void A_call_on_someone_to_provide_help_stays_an_appeal()
    {
        Assert.Equal(["tha engages asn"], Ties("Thailand calls on ASEAN to provide humanitarian support.", "demands", "engages"));
    }

    [Fact]
    public void Speaking_with_someone_is_engagement_and_the_president_leads_no_state_of_the_other_leader()
    {
        var ties = Ties("President Joseph Carter spoke today with Prime Minister Najib Karam of Lebanon about the fighting in Israel.", "engages", "leads");
        Assert.Equal(["joseph-carter engages najib-karam", "najib-karam leads lbn"], ties);
    }

    [Fact]
    public void A_meeting_with_its_place_before_between_gives_the_pair_and_the_leaders_make_the_main_pair()
    {
        var text = "The United States welcomes the meeting in Argyle, St. Vincent and the Grenadines, between President Irfaan Ali of Guyana and " +
            "President Nicolás Maduro of Venezuela. We commend Dominica for facilitating the dialogue.";
        Assert.Equal(["irfaan-ali meets nicolas-maduro"], Ties(text, "meets"));
        Assert.Equal(["guy ven / dma"], Processes(text));
    }

    [Fact]
    public void Religious_and_courtesy_ranks_are_not_part_of_the_name()
    {
        var names = ReportReader.ReadText("Ayatollah Ruhollah Khomeini received Shri Lal Bahadur Shastri in Tehran.").Actors
            .Where(a => a.Kind == ActorKind.Person).Select(a => a.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Lal Bahadur Shastri", "Ruhollah Khomeini"], names);
    }

    [Fact]
    public void A_states_armed_forces_after_a_known_armed_group_of_that_state_are_the_army_not_the_group()
    {
        var text = "The ceasefire between Israel and Hezbollah took effect on Wednesday. The Lebanese Armed Forces will deploy to the south, " +
            "and the United States reaffirmed its support for the Lebanese Armed Forces.";
        Assert.Equal(["lebanese-armed-forces part-of lbn", "usa supports lebanese-armed-forces"], Ties(text, "part-of", "supports"));
    }

    [Fact]
    public void The_support_of_one_actor_for_another_has_the_first_as_its_source_not_the_speaker()
    {
        var ties = Ties("President Joseph Carter reaffirmed the support of the United States for the Lebanese Armed Forces.", "supports");
        Assert.Equal(["usa supports lebanese-armed-forces"], ties);
    }
}
