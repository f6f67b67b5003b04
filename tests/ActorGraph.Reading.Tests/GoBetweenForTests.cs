namespace ActorGraph.Reading.Tests;

/// <summary>"X acted as (a) go-between / intermediary for A and B": the subject of "acted / served as" with a go-between noun
/// mediates between the sides after "for" (issue 14, second round). Sentences written for the test, with counter-examples.</summary>
public class GoBetweenForTests
{
    private static List<string> Mediators(string text) =>
        ReportReader.ReadText(text).Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}")
            .Where(t => t.Contains(" mediates ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Acted_as_go_between_for_two_states_mediates_between_them()
    {
        var ties = Mediators("Tanzania acted as go-between for Kenya and Somalia during the maritime dispute.");
        Assert.Contains("tza mediates ken", ties);
        Assert.Contains("tza mediates som", ties);
    }

    [Fact]
    public void Served_as_an_intermediary_for_two_states_mediates_between_them()
    {
        var ties = Mediators("In 1981 Switzerland served as an intermediary for Iran and the United States.");
        Assert.Contains("che mediates irn", ties);
        Assert.Contains("che mediates usa", ties);
    }

    [Fact]
    public void A_go_between_for_a_company_names_no_mediator()
    {
        Assert.Empty(Mediators("Tanzania acted as a go-between for the company in the port deal."));
    }
}
