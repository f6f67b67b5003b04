using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Mediation;

/// <summary>What one report can and cannot carry in the triangle rules: a burst of hostile rows from one article on one
/// day is one sighting of a conflict, not sustained opposition; explicit mediation with both parties in one report is a
/// triangle without any; mediation with one party is read against the fight its own report gives.</summary>
public class ReportRulesTests
{
    private const string Day = "20240102";

    private static string R(long id, string a1, string a2, string code, int quad, double goldstein, string url, string date = Day) =>
        Fixtures.Row(id, date, a1, a1, a2, a2, code, quad, goldstein, 1, url).ToString();

    [Theory]
    [InlineData(false, false)] // three hostile rows of one article, one day: one sighting
    [InlineData(true, true)]   // the same rows from two articles: two sightings
    public void Hostile_rows_of_one_article_are_one_sighting_of_the_conflict(bool twoArticles, bool inferred)
    {
        string[] rows =
        [
            R(1, "ISR", "LBN", "190", 4, -10, "https://a.example/strikes"),
            R(2, "LBN", "ISR", "190", 4, -10, "https://a.example/strikes"),
            R(3, "ISR", "LBN", "193", 4, -10, twoArticles ? "https://b.example/more-strikes" : "https://a.example/strikes"),
            // France negotiates with each side, each in a report of its own (046: no explicit mediation).
            R(4, "FRA", "ISR", "046", 1, 7, "https://c.example/france-israel"),
            R(5, "FRA", "LBN", "046", 1, 7, "https://d.example/france-lebanon"),
        ];

        var processes = Run.Gdelt(rows).Graph.Processes;

        Assert.Equal(inferred, processes.Any(p => p.Mediators.Contains("fra")));
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Explicit_mediation_with_both_parties_in_one_report_needs_no_fight_in_the_data(bool oneReport, bool inferred)
    {
        string[] rows =
        [
            R(1, "QAT", "ARE", "045", 1, 5, "https://a.example/qatar-mediates"),
            R(2, "QAT", "SAU", "045", 1, 5, oneReport ? "https://a.example/qatar-mediates" : "https://b.example/qatar-and-riyadh"),
        ];

        var processes = Run.Gdelt(rows).Graph.Processes;

        Assert.Equal(inferred, processes.Any(p => p.Mediators.SequenceEqual(["qat"]) && p.Parties.SequenceEqual(["are", "sau"])));
        if (inferred) Assert.Contains("one report", processes[0].Evidence[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Mediation_with_one_party_is_read_against_the_fight_of_its_own_report()
    {
        string[] rows =
        [
            R(1, "EGY", "ISR", "045", 1, 5, "https://a.example/egypt-mediates"),
            R(2, "ISR", "HMS", "190", 4, -10, "https://a.example/egypt-mediates"),
            // A fight of Israel's in another article is no part of it.
            R(3, "ISR", "SYR", "190", 4, -10, "https://b.example/syria"),
        ];

        var process = Assert.Single(Run.Gdelt(rows).Graph.Processes);

        Assert.Equal(["egy"], process.Mediators.ToArray());
        Assert.Equal(["hms", "isr"], process.Parties.ToArray());
        Assert.Contains("one side", process.Name, StringComparison.Ordinal);
        Assert.Contains("same report", process.Evidence[0].Note, StringComparison.Ordinal);
        Assert.True(process.Confidence <= 0.3);
    }

    [Theory]
    [InlineData("112")] // the mediator accuses the other side
    [InlineData("190")] // or fights it
    public void A_one_sided_mediator_hostile_to_the_other_party_is_none(string code)
    {
        string[] rows =
        [
            R(1, "EGY", "ISR", "045", 1, 5, "https://a.example/egypt-mediates"),
            R(2, "ISR", "HMS", "190", 4, -10, "https://a.example/egypt-mediates"),
            R(3, "EGY", "HMS", code, code == "190" ? 4 : 3, -5, "https://c.example/egypt-hamas"),
        ];

        Assert.Empty(Run.Gdelt(rows).Graph.Processes);
    }
}
