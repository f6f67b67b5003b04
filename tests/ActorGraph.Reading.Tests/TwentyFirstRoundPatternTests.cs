namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-first round's rule (relations), on sentences written for the test (not taken from any report): a span of
/// talks or consultations ("after six weeks of consultations", "ten days of proximity talks") and indirect or proximity talks
/// are talks between the sides that then agree.</summary>
public class TwentyFirstRoundPatternTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    [Fact]
    public void Weeks_of_consultations_between_two_states_are_talks()
    {
        var ties = Ties("Ethiopia and Eritrea signed a border accord in Algiers after six weeks of consultations.");
        Assert.Contains(ties, t => t.Contains("negotiates", StringComparison.Ordinal) && t.StartsWith("eth ", StringComparison.Ordinal) && t.EndsWith(" eri", StringComparison.Ordinal));
    }

    [Fact]
    public void Proximity_talks_between_two_states_are_talks()
    {
        var ties = Ties("Ethiopia and Eritrea held proximity talks in Algiers in May 2000.");
        Assert.Contains(ties, t => t.Contains("negotiates", StringComparison.Ordinal) && t.StartsWith("eth ", StringComparison.Ordinal) && t.EndsWith(" eri", StringComparison.Ordinal));
    }

    [Fact]
    public void Consultations_with_no_span_are_no_talks()
    {
        var ties = Ties("Ethiopia and Eritrea began consultations with their own parliaments in May 2000.");
        Assert.DoesNotContain(ties, t => t.Contains("negotiates", StringComparison.Ordinal));
    }
}
