namespace ActorGraph.Reading.Tests;

/// <summary>A state thanked together with a mediation team ("the gratitude of the Government of X to the leadership of Y, and
/// to the mediation team headed by Z") stands with the mediators, not across the table from X (issue 14, report 104's wrong
/// ties); two states named in a sentence without thanks are still the pair.</summary>
public class ThankedStateTests
{
    private static List<string> Mediators(string text) =>
        ReportReader.ReadText(text).Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}")
            .Where(t => t.Contains(" mediates ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_state_thanked_with_the_mediation_team_is_no_side()
    {
        var ties = Mediators("The Ministry expresses the gratitude of the Government of Kenya to the leadership of Tanzania, "
            + "and to the mediation team headed by the presidential envoy Amina Mwangi.");
        Assert.DoesNotContain(ties, t => t.EndsWith(" mediates tza", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_states_in_a_sentence_without_thanks_are_the_pair()
    {
        var ties = Mediators("The Government of Kenya and the leadership of Tanzania met in Arusha, "
            + "with the mediation team headed by the presidential envoy Amina Mwangi.");
        Assert.Contains(ties, t => t.EndsWith(" mediates tza", StringComparison.Ordinal));
    }
}
