using System.IO.Compression;
using System.Text;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Reading;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Hostile;

/// <summary>Damaged and hostile inputs (issue 17): each stops with a typed, located error or counts a
/// malformed row, and none crashes or exhausts memory.</summary>
public class HostileInputTests
{
    private static ImportOptions Limits(long maxBytes = InputLimits.DefaultMaxDecompressedBytes, int maxLine = InputLimits.DefaultMaxLineChars) =>
        ImportOptions.Default with { Limits = new InputLimits(maxBytes, maxLine) };

    private static string Gzip(TempDir dir, string name, Action<Stream> write)
    {
        var path = dir.File(name);
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.Optimal);
        write(gz);
        return path;
    }

    private static void Zeros(Stream s, long bytes)
    {
        var block = new byte[1 << 16];
        for (long done = 0; done < bytes; done += block.Length) s.Write(block, 0, (int)Math.Min(block.Length, bytes - done));
    }

    [Fact]
    public void A_gzip_bomb_stops_at_the_decompressed_size_limit()
    {
        using var dir = new TempDir();
        var bomb = Gzip(dir, "bomb.gz", s => Zeros(s, 64L << 20));

        var ex = Assert.Throws<ImportLimitException>(() =>
            EventImporter.Import(new GdeltEventReader(), [bomb], Limits(maxBytes: 8L << 20, maxLine: 64 << 20)));

        Assert.Contains("bomb.gz: decompresses to more than 8,388,608 bytes", ex.Message, StringComparison.Ordinal);
        Assert.Equal("--max-decompressed-size", ex.Option);
    }

    [Fact]
    public void A_zip_entry_bomb_stops_at_the_limit_with_the_entry_named()
    {
        using var dir = new TempDir();
        var path = dir.File("bomb.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("a.csv", CompressionLevel.Optimal).Open();
            var line = Encoding.ASCII.GetBytes(new string('A', 1000) + "\n");
            for (var i = 0; i < 20_000; i++) entry.Write(line);
        }

        var ex = Assert.Throws<ImportLimitException>(() =>
            EventImporter.Import(new GdeltEventReader(), [path], Limits(maxBytes: 4L << 20)));

        Assert.Contains("bomb.zip!a.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_line_breaks_stops_at_the_line_limit_with_its_line()
    {
        using var dir = new TempDir();
        var zeros = Gzip(dir, "zeros.gz", s => Zeros(s, 4L << 20));

        var ex = Assert.Throws<ImportLimitException>(() =>
            EventImporter.Import(new GdeltEventReader(), [zeros], Limits(maxLine: 1 << 20)));

        Assert.Contains("zeros.gz:1: a line is longer than 1,048,576 characters", ex.Message, StringComparison.Ordinal);
        Assert.Equal("--max-line-length", ex.Option);
    }

    [Fact]
    public void A_truncated_gzip_is_damaged_not_a_shorter_file()
    {
        using var dir = new TempDir();
        var rows = Fixtures.ConflictRows();
        var full = Gzip(dir, "full.gz", s =>
        {
            for (var i = 0; i < 300; i++) s.Write(Encoding.UTF8.GetBytes(string.Join('\n', rows) + "\n"));
        });
        var cut = dir.File("cut.gz");
        var bytes = File.ReadAllBytes(full);
        File.WriteAllBytes(cut, bytes[..(bytes.Length - 40)]);

        Assert.True(EventImporter.Import(new GdeltEventReader(), [full], ImportOptions.Default).Summary.RowsImported > 0);
        var ex = Assert.Throws<ImportFailedException>(() => EventImporter.Import(new GdeltEventReader(), [cut], ImportOptions.Default));
        Assert.Contains("cut.gz: the compressed data is damaged", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_in_a_plover_line_is_a_malformed_row()
    {
        string[] lines =
        [
            """{"id": "a", "date": "2024-06-01", "event": "CONSULT", "actor": "Egypt", "recipient": "Qatar"}""",
            """{"id": "b", "date": "2024-06-01", "event": "CONSULT", "actor": "\ud800", "recipient": "Qatar"}""",
        ];

        var result = Run.Import(new PloverEventReader(), lines, "events.jsonl");

        Assert.Equal(1, result.Summary.RowsImported);
        var issue = Assert.Single(result.Summary.Issues);
        Assert.Equal((2L, SkipReason.BadJson), (issue.Line, issue.Reason));
    }

    [Fact]
    public void Distinct_actors_and_ties_are_capped_with_a_typed_error()
    {
        var rows = Enumerable.Range(0, 50).Select(i => new GdeltRow(i, "20240101", $"X{i:D2}", "SOMEONE", "", "EGY", "EGYPT", "EGY", "040", 1, 1).ToString()).ToList();

        var actors = Assert.Throws<ImportLimitException>(() => Run.Gdelt(rows, new ImportOptions(new AggregationOptions(MaxActors: 10))));
        Assert.Equal("--max-actors", actors.Option);
        var ties = Assert.Throws<ImportLimitException>(() => Run.Gdelt(rows, new ImportOptions(new AggregationOptions(MaxTies: 10))));
        Assert.Equal("--max-ties", ties.Option);
        Assert.Equal(50, Run.Gdelt(rows).Summary.RowsImported);
    }
}
