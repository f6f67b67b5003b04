namespace ActorGraph.Reading.Tests;

/// <summary>The fourteenth round's rule: who "the two leaders" are, on sentences written for the test (not taken from any report).</summary>
public class FourteenthRoundPatternTests
{
    private static List<string> Ties(string text, params string[] kinds) =>
        ReportReader.ReadText(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_two_leaders_after_a_call_are_the_two_who_spoke_not_the_last_two_states_named()
    {
        var ties = Ties("President Ana Ruiz of Chile spoke today with President Marco Silva of Peru to discuss the ceasefire between Bolivia and "
            + "Ecuador that took effect on Monday. The two leaders agreed to hold talks in Lima.", "meets");
        Assert.Equal(["ana-ruiz meets marco-silva"], ties);
    }

    [Fact]
    public void The_two_leaders_after_a_meeting_at_an_invitation_are_the_two_who_met_not_the_inviter()
    {
        var ties = Ties("President Ana Ruiz of Chile and President Marco Silva of Peru met in Geneva at the invitation of Secretary-General "
            + "Ivan Petrov of the United Nations. The two leaders signed a ceasefire agreement.", "agrees-ceasefire");
        // The two presidents' ceasefire is also their states' (twentieth round: the sides two people stand for).
        Assert.Equal(["ana-ruiz agrees-ceasefire marco-silva", "chl agrees-ceasefire per"], ties);
    }

    [Fact]
    public void The_two_leaders_are_never_the_envoy_the_talks_were_conducted_through()
    {
        var ties = Ties("President Ana Ruiz of Chile spoke today with President Marco Silva of Peru. Ruiz thanked Silva for his personal "
            + "engagement in the talks, conducted through Special Envoy Ivan Petrov over several weeks. The two leaders agreed to meet again in Geneva.", "meets");
        Assert.Equal(["ana-ruiz meets marco-silva"], ties);
    }

    [Fact]
    public void The_two_leaders_without_two_people_named_are_the_last_two_sides()
    {
        var ties = Ties("Kenya and Somalia resumed talks in Addis Ababa on Monday. The two leaders agreed to hold further talks in Nairobi.", "negotiates");
        Assert.Equal(["ken negotiates som"], ties);
    }

    [Fact]
    public void Two_people_joined_by_and_are_the_two_leaders_when_no_fact_joins_two_people()
    {
        var ties = Ties("Carlos Vega hosted President Ana Ruiz of Chile and President Marco Silva of Peru at his residence on Monday. "
            + "The two leaders agreed to meet again in Geneva.", "meets");
        Assert.Contains("ana-ruiz meets marco-silva", ties);
        Assert.DoesNotContain(ties, t => t.Contains("carlos-vega", StringComparison.Ordinal));
    }

    [Fact]
    public void The_head_of_a_states_diplomats_named_by_its_demonym_is_a_member_of_that_state_and_no_party_of_it()
    {
        var text = "Kenya and Somalia resumed talks in Addis Ababa. Norwegian diplomats led by Foreign Minister Erik Lund carried messages between the two sides.";
        var ties = Ties(text, "member-of", "mediates");
        Assert.Contains("erik-lund member-of nor", ties);
        Assert.DoesNotContain("erik-lund mediates nor", ties);
    }

    [Fact]
    public void Diplomats_without_a_demonym_tie_their_leader_to_no_state()
    {
        var ties = Ties("Kenya and Somalia resumed talks in Addis Ababa. The diplomats led by Foreign Minister Erik Lund carried messages between the two sides.", "member-of", "leads");
        Assert.DoesNotContain(ties, t => t.StartsWith("erik-lund", StringComparison.Ordinal));
    }
}
