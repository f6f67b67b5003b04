namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-second round's rule (relations), on sentences written for the test (not taken from any report): talks
/// named in a fronted "after N days of consultations/talks ..." clause are held by the two sides that open the main clause.</summary>
public class TwentySecondRoundPatternTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    private static bool Negotiates(string tie, string a, string b) =>
        tie.Contains(" negotiates ", StringComparison.Ordinal) &&
        (tie == $"{a} negotiates {b}" || tie == $"{b} negotiates {a}");

    [Fact]
    public void Fronted_span_of_consultations_is_held_by_the_main_clause_pair()
    {
        var ties = Ties("Sudan and South Sudan fought over Heglig in 2012. In May 2000, after nine days of consultations in Algiers, outside the capital, Ethiopia and Eritrea reached agreement on a boundary commission.");
        Assert.Contains(ties, t => Negotiates(t, "eth", "eri"));
    }

    [Fact]
    public void Fronted_span_whose_main_clause_opens_with_a_mediator_gives_no_pair()
    {
        var ties = Ties("Sudan and South Sudan fought over Heglig in 2012. After nine days of consultations in Algiers, Algeria and the African Union announced a plan.");
        Assert.DoesNotContain(ties, t => t.Contains(" negotiates ", StringComparison.Ordinal) && (t.Contains("dza", StringComparison.Ordinal) || t.Contains("au", StringComparison.Ordinal)));
    }
}
