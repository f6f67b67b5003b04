namespace ActorGraph.Reading.Tests;

/// <summary>The thirteenth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class ThirteenthRoundPatternTests
{
    private static List<string> Ties(string text, params string[] kinds) =>
        ReportReader.ReadText(text).Relations.Where(r => kinds.Contains(r.Kind.Name))
            .Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_head_of_a_states_governing_body_named_after_the_office_leads_that_state()
    {
        var ties = Ties("The Chairman of the Council of Ministers of Bulgaria, Mr. Petar Ivanov, met the President of Greece in Sofia.", "leads", "member-of");
        Assert.Equal(["petar-ivanov leads bgr"], ties);
    }

    [Fact]
    public void The_head_of_a_body_that_does_not_govern_the_state_does_not_lead_it()
    {
        var ties = Ties("The Chairman of the Joint Chiefs of Staff of Bulgaria, Mr. Petar Ivanov, met the President of Greece in Sofia.", "leads");
        Assert.DoesNotContain(ties, t => t.EndsWith("leads bgr", StringComparison.Ordinal));
    }
}
