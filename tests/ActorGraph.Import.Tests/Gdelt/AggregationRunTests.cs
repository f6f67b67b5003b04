using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>GDELT rows are aggregated a run at a time in two passes (actors and tie keys first, then the ties in order,
/// <c>GdeltBlockAggregator</c>): an error must still stop the import at the row, and with the error, that reading the rows
/// one by one would.</summary>
public class AggregationRunTests
{
    /// <summary>Rows whose first actor is new on every row (X00, X01, ...) against Egypt, each a new tie; row
    /// <paramref name="broken"/> (0-based) malformed, if any.</summary>
    private static List<string> Rows(int count, int broken = -1) =>
        [.. Enumerable.Range(0, count).Select(i => i == broken
            ? $"{i}\tbroken row"
            : new GdeltRow(i, "20240101", $"X{i:D2}", "SOMEONE", "", "EGY", "EGYPT", "EGY", "040", 1, 1, Url: $"https://news.example/{i}").ToString())];

    [Fact]
    public void A_malformed_row_in_strict_mode_stops_the_import_before_a_later_actor_limit()
    {
        // Actor 10 comes at row 9; the malformed row at line 6 comes first.
        var ex = Assert.Throws<ImportFailedException>(() => Run.Gdelt(Rows(50, broken: 5), new ImportOptions(new AggregationOptions(MaxActors: 10), Strict: true)));

        Assert.Equal(6, ex.Issue!.Line);
    }

    [Fact]
    public void An_actor_limit_stops_the_import_before_a_later_malformed_row()
    {
        var ex = Assert.Throws<ImportLimitException>(() => Run.Gdelt(Rows(50, broken: 30), new ImportOptions(new AggregationOptions(MaxActors: 10), Strict: true)));

        Assert.Equal("--max-actors", ex.Option);
    }

    [Fact]
    public void A_tie_limit_stops_the_import_before_a_later_actor_limit_in_the_same_run()
    {
        // The sixth tie comes at row 5, the eleventh actor at row 9: both in the first run of rows.
        var ex = Assert.Throws<ImportLimitException>(() => Run.Gdelt(Rows(50), new ImportOptions(new AggregationOptions(MaxActors: 10, MaxTies: 5))));

        Assert.Equal("--max-ties", ex.Option);
    }

    [Fact]
    public void Rows_across_runs_keep_their_order_evidence_and_counts()
    {
        // 300 rows span three runs; every tenth row is malformed and every row cites one of 7 URLs, the first two with
        // surrounding blanks (trimmed) and one not ASCII (decoded).
        var urls = new[] { " https://a.example/1 ", "https://a.example/2  ", "https://b.example/é", "https://c.example/3", "https://c.example/4", "https://d.example/5", "https://d.example/6" };
        var lines = Enumerable.Range(0, 300).Select(i => i % 10 == 9
            ? $"{i}\tbroken row"
            : new GdeltRow(i, $"202401{1 + (i % 3):00}", i % 2 == 0 ? "USA" : "IRN", i % 2 == 0 ? "UNITED STATES" : "IRAN", i % 2 == 0 ? "USA" : "IRN",
                "EGY", "EGYPT", "EGY", "040", 1, 1, Url: urls[i % urls.Length]).ToString()).ToList();

        var result = Run.Gdelt(lines, new ImportOptions(new AggregationOptions(), Strict: false, MaxIssues: 100));

        Assert.Equal(Enumerable.Range(0, 30).Select(k => (long)(10 * k + 10)), result.Summary.Issues.Select(i => i.Line));
        Assert.Equal(270, result.Summary.RowsImported);
        // Ties: (USA or IRN, EGY) x 3 days; each keeps its first five distinct URLs in input order, trimmed.
        var relations = result.Graph.Relations;
        Assert.Equal(6, relations.Count());
        Assert.Equal(270, relations.Sum(r => r.Weight));
        Assert.All(relations, r => Assert.Equal(r.Evidence.Length, r.Evidence.Select(e => e.SourceId).Distinct().Count()));
        Assert.All(relations, r => Assert.Equal(5, r.Evidence.Length));
        var sources = result.Graph.Sources.Select(s => s.Url).Order(StringComparer.Ordinal);
        Assert.Equal(urls.Select(u => u.Trim()).Order(StringComparer.Ordinal), sources);
    }
}
