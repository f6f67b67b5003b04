using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The twenty-third round's follow-up (docs/reading.md, "Reports round 23, follow-up"), on sentences written for the
/// test: a head title with no state in its sentence ("President NAME") leads the one state the report has named so far; with
/// two states met, a former holder, or a state named in the sentence itself, the earlier rules decide.</summary>
public class TwentyThirdRoundRelationFollowUpTests
{
    private const string Opening =
        "The Government of Nepal and the Communist Party of Nepal (Maoist) signed a comprehensive peace accord in Kathmandu today. ";

    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string? Id(ReadingResult result, string name) => result.Actors.FirstOrDefault(a => a.Name == name)?.Id;

    private static List<string> Ties(ReadingResult result) =>
        result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").ToList();

    [Fact]
    public void A_head_title_with_no_state_leads_the_one_state_met_so_far()
    {
        var result = Read(Opening + "The Secretary-General pays tribute to Prime Minister Girija Prasad Koirala and to the leadership of the Maoists.");
        var person = Id(result, "Girija Prasad Koirala");
        Assert.NotNull(person);
        // The state or its government, as the report names it ("the Government of Nepal").
        var nepal = new[] { Id(result, "Nepal"), Id(result, "Government of Nepal") }.OfType<string>().ToList();
        Assert.NotEmpty(nepal);
        Assert.Contains(Ties(result), t => nepal.Any(n => t == $"{person} leads {n}"));
    }

    [Fact]
    public void With_two_states_met_so_far_a_head_title_with_no_state_leads_neither()
    {
        var result = Read("The Government of Nepal and India signed a border accord in Kathmandu today. "
            + "The Secretary-General pays tribute to Prime Minister Girija Prasad Koirala for his courage.");
        var person = Id(result, "Girija Prasad Koirala");
        Assert.NotNull(person);
        Assert.DoesNotContain(Ties(result), t => t.StartsWith($"{person} leads ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_former_head_takes_no_office_from_the_one_state_met_so_far()
    {
        var result = Read(Opening + "The Secretary-General pays tribute to former Prime Minister Sher Bahadur Deuba for his courage.");
        var person = Id(result, "Sher Bahadur Deuba");
        Assert.DoesNotContain(Ties(result), t => t.StartsWith($"{person ?? "-"} leads ", StringComparison.Ordinal));
    }
}
