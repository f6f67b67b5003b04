using ActorGraph.Core.Model;
using ActorGraph.Import.Csv;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

public class CsvTests
{
    [Fact]
    public void A_mapped_csv_imports_with_quoted_cells_and_relation_kinds()
    {
        string[] lines =
        [
            "when,who,whom,what,link,note",
            "2024-02-01,\"United States, Government\",Israel,pressures,https://news.example/a,\"said \"\"now\"\"\"",
            "2024-02-01,France,Lebanon,mediates,,",
            "2024-02-01,France,Lebanon,flies,,",
            "2024-02-30,France,Lebanon,mediates,,",
        ];
        var reader = new CsvEventReader(ColumnMap.Parse("source=who, target=whom, date=when, kind=what, url=link"));

        var result = Run.Import(reader, lines, "events.csv");

        var pressure = Assert.Single(result.Graph.Relations, r => r.Kind == RelationVocabulary.Pressures);
        Assert.Equal("united-states-government", pressure.Source);
        Assert.Equal("United States, Government", result.Graph.FindActor("united-states-government")!.Name);
        Assert.Contains(result.Graph.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == "fra");
        Assert.Equal([4L, 5L], result.Summary.Issues.Select(i => i.Line));
        Assert.Equal(SkipReason.BadCode, result.Summary.Issues[0].Reason);
        Assert.Equal(SkipReason.BadDate, result.Summary.Issues[1].Reason);
    }

    [Fact]
    public void A_csv_row_coded_038_makes_its_target_the_mediator()
    {
        // "Israel said it would accept US mediation": source Israel, target the US (CAMEO 038).
        string[] lines = ["Day\tActor1\tActor2\tEventCode", "20240201\tIsrael\tUnited States\t038", "20240202\tIsrael\tUnited States\t039"];
        var reader = new CsvEventReader(ColumnMap.Parse("source=Actor1,target=Actor2,date=Day,code=EventCode"));

        var graph = Run.Import(reader, lines, "events.tsv").Graph;

        var accepted = Assert.Single(graph.Relations, r => r.Evidence.Any(e => e.Note!.StartsWith("CAMEO 038", StringComparison.Ordinal)));
        Assert.Equal((RelationVocabulary.Mediates, "usa", "isr", Modality.Hoped), (accepted.Kind, accepted.Source, accepted.Target, accepted.Modality));
        var offered = Assert.Single(graph.Relations, r => r.Evidence.Any(e => e.Note!.StartsWith("CAMEO 039", StringComparison.Ordinal)));
        Assert.Equal(("isr", "usa"), (offered.Source, offered.Target));
    }

    [Fact]
    public void Cameo_codes_in_a_csv_keep_their_leading_zero()
    {
        string[] lines = ["Day\tActor1\tActor2\tEventCode", "20240201\tEgypt\tQatar\t043"];
        var reader = new CsvEventReader(ColumnMap.Parse("source=Actor1,target=Actor2,date=Day,code=EventCode"));

        var result = Run.Import(reader, lines, "events.tsv");

        Assert.Equal(RelationVocabulary.Meets, Assert.Single(result.Graph.Relations).Kind);
    }

    [Fact]
    public void A_map_naming_a_missing_column_is_refused()
    {
        var reader = new CsvEventReader(ColumnMap.Parse("source=a,target=b,date=nope,kind=k"));

        var ex = Assert.Throws<ImportFailedException>(() => Run.Import(reader, ["a,b,c,k", "x,y,2024-01-01,meets"], "e.csv"));

        Assert.Contains("date=nope", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source=a,target=b", "'date' field is required")]
    [InlineData("source=a,target=b,date=c", "exactly one of code=")]
    [InlineData("source=a,target=b,date=c,code=d,kind=e", "exactly one of code=")]
    [InlineData("source=a,target=b,date=c,code=d,colour=e", "unknown field 'colour'")]
    [InlineData("source", "is not field=Column")]
    public void Bad_maps_say_what_is_wrong(string spec, string message)
    {
        var ex = Assert.Throws<FormatException>(() => ColumnMap.Parse(spec));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("\"a,b\",c", new[] { "a,b", "c" })]
    [InlineData("\"say \"\"hi\"\"\",", new[] { "say \"hi\"", "" })]
    [InlineData(",,", new[] { "", "", "" })]
    public void Csv_lines_split_with_quotes(string line, string[] cells)
    {
        var list = new List<string>();
        Assert.True(CsvLine.TrySplit(line, ',', list));
        Assert.Equal(cells, list);
    }

    [Fact]
    public void An_unterminated_quote_is_reported() => Assert.False(CsvLine.TrySplit("\"abc,d", ',', []));
}
