namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: an intermediary, go-between or broker FOR one side in a purchase, sale or other transaction runs an errand
/// for that side; it mediates between no one. Sentences written for the test, with counter-examples (two sides after "for",
/// talks instead of a transaction).</summary>
public class ErrandForTests
{
    private static List<string> Mediators(string text) =>
        ReportReader.ReadText(text).Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}")
            .Where(t => t.Contains(" mediates ", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void An_intermediary_for_one_state_in_a_purchase_mediates_nothing()
    {
        Assert.Empty(Mediators("Tanzania acted as an intermediary for Kenya in the purchase of grain from Zambia."));
    }

    [Fact]
    public void A_go_between_for_one_state_s_sale_mediates_nothing()
    {
        Assert.Empty(Mediators("Switzerland served as a go-between for Iran's sale of oil to Japan."));
    }

    [Fact]
    public void An_intermediary_for_two_states_still_mediates()
    {
        var ties = Mediators("Tanzania acted as an intermediary for Kenya and Somalia in the purchase of grain.");
        Assert.Contains("tza mediates ken", ties);
        Assert.Contains("tza mediates som", ties);
    }

    [Fact]
    public void An_intermediary_for_one_side_in_talks_with_the_other_still_mediates()
    {
        var ties = Mediators("Oman acted as an intermediary for Iran in the talks with the United States.");
        Assert.Contains("omn mediates irn", ties);
        Assert.Contains("omn mediates usa", ties);
    }
}
