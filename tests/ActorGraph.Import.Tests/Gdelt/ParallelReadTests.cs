using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>GDELT files larger than one parse block (about 1 MB) are parsed on several threads: the result,
/// the line numbers of problems and the kept evidence must be those of reading the file in order.</summary>
public class ParallelReadTests
{
    private const int Rows = 12_000;

    /// <summary>About 3 MB: good rows, with a malformed one every 1,000 lines and blank lines between blocks' worth of rows.</summary>
    private static List<string> Lines(out List<long> badLines)
    {
        var lines = new List<string>();
        badLines = [];
        var countries = new[] { ("USA", "UNITED STATES"), ("IRN", "IRAN"), ("RUS", "RUSSIA"), ("TUR", "TURKEY"), ("EGY", "EGYPT") };
        for (var i = 0; i < Rows; i++)
        {
            if (i % 1000 == 999)
            {
                lines.Add($"{i}\tbroken row");
                badLines.Add(lines.Count);
                continue;
            }
            if (i % 2500 == 0) lines.Add("");
            var (a, aName) = countries[i % countries.Length];
            var (b, bName) = countries[(i / 5 + 1 + i) % countries.Length];
            if (a == b) (b, bName) = ("CHN", "CHINA");
            lines.Add(new GdeltRow(i, $"202405{1 + (i % 28):00}", a, aName, a, b, bName, b, "042", 1, 1.9, Url: $"https://news.example/{i % 7}").ToString());
        }
        return lines;
    }

    [Fact]
    public void Problems_keep_their_line_numbers_across_blocks()
    {
        var lines = Lines(out var badLines);
        var result = Run.Gdelt(lines, new ImportOptions(new Aggregation.AggregationOptions(), Strict: false, MaxIssues: 100));

        Assert.Equal(badLines, result.Summary.Issues.Select(i => i.Line));
        Assert.Equal(Rows, result.Summary.RowsRead);
        Assert.Equal(Rows - badLines.Count, result.Summary.RowsImported);
    }

    [Fact]
    public void The_graph_does_not_depend_on_line_ends_or_thread_timing()
    {
        var lines = Lines(out _);
        var first = Run.Gdelt(lines).Graph;
        var again = Run.Gdelt(lines).Graph;
        var crlf = Run.Gdelt([string.Join("\r\n", lines)]).Graph;

        foreach (var other in new[] { again, crlf })
        {
            Assert.Equal(first.Relations.Select(r => (r.Id, r.Weight, r.Strength)), other.Relations.Select(r => (r.Id, r.Weight, r.Strength)));
            Assert.Equal(first.Relations.SelectMany(r => r.Evidence), other.Relations.SelectMany(r => r.Evidence));
            Assert.Equal(first.Actors.Select(a => (a.Id, a.Name)), other.Actors.Select(a => (a.Id, a.Name)));
        }
        // Relations come in id order (sorted by integer ranks, not by comparing the id strings).
        Assert.Equal(first.Relations.Select(r => r.Id).Order(StringComparer.Ordinal), first.Relations.Select(r => r.Id));
        // One item per source in every tie.
        Assert.All(first.Relations, r => Assert.Equal(r.Evidence.Length, r.Evidence.Select(e => e.SourceId).Distinct().Count()));
    }

    [Fact]
    public void Strict_mode_stops_at_the_first_malformed_row_even_in_a_later_block()
    {
        var lines = Lines(out var badLines);

        var ex = Assert.Throws<Diagnostics.ImportFailedException>(() => Run.Gdelt(lines, Run.Window(1, strict: true)));

        Assert.Equal(badLines[0], ex.Issue!.Line);
    }

    [Fact]
    public void A_line_over_the_limit_inside_a_block_stops_the_import_at_its_line()
    {
        var lines = Lines(out _);
        lines.Insert(5000, new string('x', 2000));
        var options = ImportOptions.Default with { Limits = new ActorGraph.Import.Reading.InputLimits(MaxLineChars: 1000) };

        var ex = Assert.Throws<Diagnostics.ImportLimitException>(() => Run.Gdelt(lines, options));

        Assert.Contains("events.export.CSV:5001: a line is longer than 1,000 characters", ex.Message, StringComparison.Ordinal);
        Assert.Equal("--max-line-length", ex.Option);
    }
}
