using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Datasets;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Datasets;

public class MediationDatasetTests
{
    private static ImportResult Import(string[]? lines = null, ImportOptions? options = null)
    {
        using var dir = new TempDir();
        var path = dir.Write("cwm-sample.csv", lines ?? MediationSample.Lines);
        return MediationDatasetImporter.Import([path], MediationColumnMap.Parse(MediationSample.Map), options ?? ImportOptions.Default);
    }

    [Fact]
    public void Rows_become_reported_processes_with_history_and_the_seed_loads()
    {
        var result = Import();
        var graph = SeedRoundTrip.Load(result.Graph);

        Assert.Equal(6, result.Summary.ProcessesReported);
        Assert.Equal(6, graph.Processes.Length);
        Assert.All(graph.Processes, p => Assert.False(p.Inferred));
        var sudan = Assert.Single(graph.Processes, p => p.Name.StartsWith("Sudan (South)", StringComparison.Ordinal));
        Assert.Equal(ProcessStatus.Agreed, sudan.Status);
        Assert.Equal(5, sudan.Mediators.Length);
        Assert.Contains("usa", sudan.Mediators);
        Assert.Equal(new DateOnly(2005, 1, 9), sudan.When.End);
        // Russian Federation is Russia, the same actor as in the event imports.
        Assert.Contains("rus", Assert.Single(graph.Processes, p => p.Name.StartsWith("Bosnia", StringComparison.Ordinal)).Mediators);
        Assert.Equal(ProcessStatus.Collapsed, Assert.Single(graph.Processes, p => p.Name.StartsWith("Sri Lanka", StringComparison.Ordinal)).Status);
        Assert.Equal(ProcessStatus.Ongoing, Assert.Single(graph.Processes, p => p.Name.StartsWith("Mindanao", StringComparison.Ordinal)).Status);
        var resolver = new ActorResolver(graph);
        Assert.IsType<ActorResolution.Found>(resolver.Resolve("Finland"));
        Assert.IsType<ActorResolution.Found>(resolver.Resolve("SPLM/A"));
    }

    [Fact]
    public void Partial_dates_become_the_widest_interval_and_the_evidence_says_how_precise_they_are()
    {
        var graph = Import().Graph;

        var sudan = Assert.Single(graph.Processes, p => p.Name.StartsWith("Sudan (South)", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2002, 6, 1), sudan.When.Start);
        Assert.Contains("start 2002-06 (day unknown), given as '6//2002'", sudan.Evidence[0].Note, StringComparison.Ordinal);
        var lanka = Assert.Single(graph.Processes, p => p.Name.StartsWith("Sri Lanka", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2002, 2, 1), lanka.When.Start);
        // Collapsed with no end column: the year the outcome text gives ("broke down, 2006") becomes the end, as
        // its widest interval, and the note says so; the process then counts as history after 2006.
        Assert.Equal(ProcessStatus.Collapsed, lanka.Status);
        Assert.Equal(new DateOnly(2006, 12, 31), lanka.When.End);
        Assert.Contains("given as '2/??/02'", lanka.Evidence[0].Note, StringComparison.Ordinal);
        Assert.Contains("end 2006 taken from the outcome text", lanka.Evidence[0].Note, StringComparison.Ordinal);
        var exact = Assert.Single(graph.Processes, p => p.Name.StartsWith("Aceh", StringComparison.Ordinal));
        Assert.DoesNotContain("unknown", exact.Evidence[0].Note, StringComparison.Ordinal);
        Assert.Equal("Mediation data set cwm-sample.csv", graph.SourcesById[exact.Evidence[0].SourceId].Title);
    }

    [Fact]
    public void Bad_dates_and_rows_without_a_third_party_are_reported_with_their_line()
    {
        var result = Import();

        Assert.Equal([8L, 9L], result.Summary.Issues.Select(i => i.Line));
        Assert.Equal(SkipReason.BadDate, result.Summary.Issues[0].Reason);
        Assert.Contains("'13/45/1999'", result.Summary.Issues[0].Detail, StringComparison.Ordinal);
        Assert.Contains("third party", result.Summary.Issues[1].Detail, StringComparison.Ordinal);
        Assert.Throws<ImportFailedException>(() => Import(options: ImportOptions.Default with { Strict = true }));
    }

    [Fact]
    public void A_file_with_no_process_fails()
    {
        var ex = Assert.Throws<ImportFailedException>(() => Import([MediationSample.Lines[0], MediationSample.Lines[^1]]));
        Assert.Contains("no row is a mediation process", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("6//1998", 1998, 6, null, "1998-06-01", "1998-06-30")]
    [InlineData("2/??/04", 2004, 2, null, "2004-02-01", "2004-02-29")]
    [InlineData("??/??/1987", 1987, null, null, "1987-01-01", "1987-12-31")]
    [InlineData("1998", 1998, null, null, "1998-01-01", "1998-12-31")]
    [InlineData("1998-06", 1998, 6, null, "1998-06-01", "1998-06-30")]
    [InlineData("12/14/1995", 1995, 12, 14, "1995-12-14", "1995-12-14")]
    [InlineData("3/1/97", 1997, 3, 1, "1997-03-01", "1997-03-01")]
    public void Partial_dates_keep_what_is_unknown(string text, int year, int? month, int? day, string earliest, string latest)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal((year, month, day), (date!.Value.Year, date.Value.Month, date.Value.Day));
        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), date.Value.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), date.Value.Latest);
    }

    [Theory]
    [InlineData("13/45/1999")]
    [InlineData("2/30/2001")]
    [InlineData("spring 1998")]
    [InlineData("//")]
    public void Text_that_is_no_date_is_refused(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("?")]
    public void Missing_dates_are_no_date(string text)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Null(date);
    }
}
