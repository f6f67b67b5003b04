using System.Globalization;
using System.Text;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>A large relations CSV file is read in blocks over every core; the result must be the one reading it row by
/// row gives: the same relations in the same order with the same ids (derived ones numbered in file order), or the same
/// errors at the same file, line and column. Small blocks cut these files into dozens of blocks.</summary>
public sealed class ParallelCsvTests
{
    private static readonly SeedLimits RowByRow = new();
    private static readonly SeedLimits SmallBlocks = new() { ParallelBlockBytes = 2048 };

    [Fact]
    public void A_valid_file_read_in_blocks_gives_the_graph_read_row_by_row()
    {
        using var seed = Generated(rows: 3000, faults: false, crlf: false);
        var sequential = SeedLoader.Load(seed.Path, RowByRow);
        var blocks = SeedLoader.Load(seed.Path, SmallBlocks);
        Assert.True(sequential.Succeeded, string.Join("\n", sequential.Errors.Take(5)));
        Assert.True(blocks.Succeeded, string.Join("\n", blocks.Errors.Take(5)));
        Assert.Equal(3000, blocks.Graph!.Relations.Length);
        // Repeated relations without an id are numbered ~2, ~3 across block boundaries, in file order.
        Assert.Contains(blocks.Graph.Relations, r => r.Id.EndsWith("~2", StringComparison.Ordinal));
        Assert.Equal(GraphText.Of(sequential.Graph!), GraphText.Of(blocks.Graph));
    }

    [Fact]
    public void The_endpoint_positions_a_load_passes_to_the_graph_are_those_of_the_relations_ids()
    {
        using var seed = Generated(rows: 3000, faults: false, crlf: false);
        foreach (var limits in new[] { RowByRow, SmallBlocks })
        {
            var graph = SeedLoader.Load(seed.Path, limits).Graph!;
            for (var r = 0; r < graph.Relations.Length; r++)
            {
                Assert.Same(graph.Actors[graph.SourceIndexOf(r)].Id, graph.Relations[r].Source);
                Assert.Same(graph.Actors[graph.TargetIndexOf(r)].Id, graph.Relations[r].Target);
            }
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Errors_in_blocks_are_those_of_the_row_by_row_read_with_file_line_and_column(bool crlf)
    {
        using var seed = Generated(rows: 3000, faults: true, crlf: crlf);
        var sequential = SeedLoader.Load(seed.Path, RowByRow);
        var blocks = SeedLoader.Load(seed.Path, SmallBlocks);
        Assert.False(blocks.Succeeded);
        Assert.Null(blocks.Graph);
        Assert.True(sequential.Errors.Length > 100, $"only {sequential.Errors.Length} errors");
        Assert.Equal(sequential.Errors.Select(e => e.ToString()), blocks.Errors.Select(e => e.ToString()));
        // A duplicate id far from its first definition names the line of the first one.
        Expect.Error(blocks, "relations.csv", 2 + 2900, 1, "duplicate relation id 'rel-10' (first defined at relations.csv:12:1)");
    }

    [Fact]
    public void A_quoted_field_spanning_lines_across_a_block_boundary_gives_the_row_by_row_result()
    {
        using var seed = Generated(rows: 3000, faults: false, crlf: false, multiLineNotes: true);
        var sequential = SeedLoader.Load(seed.Path, RowByRow);
        var blocks = SeedLoader.Load(seed.Path, SmallBlocks);
        Assert.True(blocks.Succeeded, string.Join("\n", blocks.Errors.Take(5)));
        Assert.Equal(GraphText.Of(sequential.Graph!), GraphText.Of(blocks.Graph!));
    }

    [Fact]
    public void Undecodable_bytes_in_a_middle_block_end_the_file_there_as_row_by_row()
    {
        using var seed = Generated(rows: 3000, faults: false, crlf: false);
        var path = Path.Combine(seed.Path, "relations.csv");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] = 0xFF;
        File.WriteAllBytes(path, bytes);
        var sequential = SeedLoader.Load(seed.Path, RowByRow);
        var blocks = SeedLoader.Load(seed.Path, SmallBlocks);
        var error = Assert.Single(blocks.Errors);
        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(sequential.Errors.Select(e => e.ToString()), blocks.Errors.Select(e => e.ToString()));
    }

    /// <summary>Actors, a source and a relations file of <paramref name="rows"/> rows: some with ids, most without (with
    /// repeats, so derived ids get ~2); with <paramref name="faults"/>, unknown actors, bad numbers and dates, rows of the
    /// wrong width, stray quotes and duplicate ids scattered through it.</summary>
    private static TempSeed Generated(int rows, bool faults, bool crlf, bool multiLineNotes = false)
    {
        var seed = new TempSeed();
        var random = new Random(11);
        var actors = new StringBuilder("id,name,kind\n");
        for (var i = 0; i < 200; i++) actors.Append(CultureInfo.InvariantCulture, $"a{i},Actor {i},state\n");
        seed.With("actors.csv", actors.ToString()).With("sources.csv", "id,title\nsrc,Wire\n");
        var newline = crlf ? "\r\n" : "\n";
        var text = new StringBuilder("id,source,target,kind,strength,start,evidence_source,evidence_locator,evidence_note" + newline);
        for (var r = 0; r < rows; r++)
        {
            var id = r % 10 == 0 ? $"rel-{r}" : "";
            if (faults && r == 2900) id = "rel-10";
            var s = random.Next(20);
            var t = (s + 1 + random.Next(19)) % 20;
            var strength = (random.Next(1, 100) / 100.0).ToString(CultureInfo.InvariantCulture);
            var start = random.Next(3) == 0 ? "" : $"2024-0{1 + random.Next(9)}-1{random.Next(10)}";
            var note = multiLineNotes && r % 7 == 0 ? $"\"line one of {r}{newline}line two, with a comma\"" : $"note {r}";
            var target = $"a{t}";
            if (faults)
            {
                switch (r % 97)
                {
                    case 5: target = "nobody"; break;
                    case 17: strength = "strong"; break;
                    case 29: start = "2024-13-01"; break;
                    case 41: text.Append("only,three,fields").Append(newline); continue;
                    case 53: note = "a \"stray\" quote"; break;
                }
            }
            text.Append(CultureInfo.InvariantCulture, $"{id},a{s},{target},meets,{strength},{start},src,row {r},{note}").Append(newline);
        }
        File.WriteAllText(Path.Combine(seed.Path, "relations.csv"), text.ToString());
        return seed;
    }
}
