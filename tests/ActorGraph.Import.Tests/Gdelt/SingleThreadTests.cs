using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Core.Model;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Reading;
using ActorGraph.Import.Tests.Output;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>A GDELT import parses blocks of lines on the thread pool while the calling thread aggregates them in input
/// order; with one core, or the <see cref="ImportThreads.SingleThreadSwitch"/> set, each block is parsed and aggregated in
/// turn on the calling thread. Both must give the same graph, the same counts and the same located problems (a bad row
/// in a late block keeps its line number).</summary>
/// <remarks>The switch is process-wide: other tests importing meanwhile may run on one thread for a moment, which by
/// what is tested here changes nothing they see.</remarks>
[Collection(nameof(SingleThreadTests))]
public class SingleThreadTests
{
    [Theory]
    [InlineData("gdelt2/20180326044500.export.CSV")]
    [InlineData("gdelt2/spark-gdelt-events.csv")]
    [InlineData("gdelt2/spark-gdelt-eventsT.csv")]
    public void A_real_file_gives_the_same_graph_on_one_thread(string file)
    {
        var path = RealFiles.Path(file);
        var options = ImportOptions.Default with { MaxIssues = 1000 };

        var concurrent = EventImporter.Import(new GdeltEventReader(), [path], options);
        var single = OnOneThread(() => EventImporter.Import(new GdeltEventReader(), [path], options));

        Assert.NotEmpty(concurrent.Graph.Relations);
        Assert.Equal(Digest(single.Graph), Digest(concurrent.Graph));
        Assert.Equal(single.Graph.Actors.Select(a => (a.Id, a.Name, string.Join('|', a.Aliases))), concurrent.Graph.Actors.Select(a => (a.Id, a.Name, string.Join('|', a.Aliases))));
        Assert.Equal(Counts(single.Summary), Counts(concurrent.Summary));
        Assert.Equal(Located(single.Summary.Issues), Located(concurrent.Summary.Issues));
    }

    [Fact]
    public void A_generated_file_with_a_late_bad_row_gives_the_same_graph_and_line_on_one_thread()
    {
        // ~4 MB (several parse blocks); a malformed row and a row with a padded, non-ASCII URL in the last quarter.
        var lines = CompactGraphTests.Generated().ToList();
        var badLine = (lines.Count * 7 / 8) + 1;
        lines.Insert(badLine - 1, "999999\t20240401\tnot a GDELT row");
        lines.Insert(lines.Count - 10, new Support.GdeltRow(77_777, "20240430", "IRN", "IRAN", "IRN", "TUR", "TURKEY", "TUR", "045", 1, 5.0,
            Url: "  https://zeitung.example/über-straße?q=日本  ").ToString());
        var options = ImportOptions.Default with { MaxIssues = 100 };

        var concurrent = Run.Gdelt(lines, options);
        var single = OnOneThread(() => Run.Gdelt(lines, options));

        Assert.Equal(Digest(single.Graph), Digest(concurrent.Graph));
        Assert.Equal(Counts(single.Summary), Counts(concurrent.Summary));
        var issue = Assert.Single(concurrent.Summary.Issues);
        Assert.Equal((long)badLine, issue.Line);
        Assert.Equal(Located(single.Summary.Issues), Located(concurrent.Summary.Issues));
        // The padded URL is one source, trimmed, whichever thread parsed it.
        Assert.Contains(concurrent.Graph.Sources, s => s.Url == "https://zeitung.example/über-straße?q=日本");
        Assert.Equal(single.Graph.Sources.Select(s => (s.Id, s.Url, s.Title)), concurrent.Graph.Sources.Select(s => (s.Id, s.Url, s.Title)));

        // Strict mode stops at that row, with its line, either way.
        var strict = options with { Strict = true };
        var concurrentError = Assert.Throws<ImportFailedException>(() => Run.Gdelt(lines, strict));
        var singleError = Assert.Throws<ImportFailedException>(() => OnOneThread(() => Run.Gdelt(lines, strict)));
        Assert.Equal((long)badLine, concurrentError.Issue!.Line);
        Assert.Equal(Located([singleError.Issue!]), Located([concurrentError.Issue!]));
    }

    // Where and why, without the temporary folder each run writes its file to.
    private static IEnumerable<(string, long, SkipReason, string)> Located(IEnumerable<ImportIssue> issues) =>
        issues.Select(i => (Path.GetFileName(i.File), i.Line, i.Reason, i.Detail));

    private static T OnOneThread<T>(Func<T> run)
    {
        AppContext.SetSwitch(ImportThreads.SingleThreadSwitch, true);
        try
        {
            Assert.False(ImportThreads.Concurrent);
            return run();
        }
        finally
        {
            AppContext.SetSwitch(ImportThreads.SingleThreadSwitch, false);
        }
    }

    private static (long, long, int, int, int, string) Counts(ImportSummary s) =>
        (s.RowsRead, s.RowsImported, s.Actors, s.Relations, s.ProcessesInferred,
            string.Join(',', s.SkippedByReason.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}={kv.Value}")));

    private static string Digest(ActorGraphData graph)
    {
        var json = JsonSerializer.Serialize(new { graph.Relations, graph.Sources, graph.Processes }, ActorGraphJson.Compact);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
    }
}
