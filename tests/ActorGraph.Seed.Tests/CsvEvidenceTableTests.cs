using System.Globalization;
using System.Text;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Tests.Support;

namespace ActorGraph.Seed.Tests;

/// <summary>CSV relation rows keep their evidence in a compact table and derive their ids when read; what a loaded
/// relation answers must be what the eager path (YAML, one record per item) gives: source, locator and note text,
/// quoted fields with commas and line breaks, blanks as null, ids with repeats, read row by row or in blocks.</summary>
public sealed class CsvEvidenceTableTests
{
    private const string Actors = "id,name,kind\negypt,Egypt,state\nqatar,Qatar,state\nhamas,Hamas,armed-group\n";
    private const string Sources = "id,title,url\nrep,\"A report, weekly\",https://example.org/a\nwire,Wire,\nbrief,Briefing,\n";

    [Fact]
    public void Evidence_and_ids_of_csv_rows_equal_those_of_the_same_rows_written_in_yaml()
    {
        using var csv = new TempSeed().With("actors.csv", Actors).With("sources.csv", Sources).With("relations.csv", """
            id,source,target,kind,date,evidence_source,evidence_locator,evidence_note
            ,egypt,hamas,mediates,2024-01-05,rep,"para 2, line 3","Egypt hosts, ""both"" sides"
            ,egypt,hamas,mediates,2024-01-05,wire,,"first line
            second line"
            own-1,qatar,hamas,meets,,brief,"p. 4
            p. 5",
            ,qatar,hamas,meets,,,,
            ,egypt,hamas,mediates,2024-01-05,  rep  ,  para 9  ,   
            """);
        using var yaml = new TempSeed().With("actors.csv", Actors).With("sources.csv", Sources).With("seed.yaml", """
            relations:
              - {source: egypt, target: hamas, kind: mediates, date: 2024-01-05,
                 evidence: [{source: rep, locator: "para 2, line 3", note: "Egypt hosts, \"both\" sides"}]}
              - {source: egypt, target: hamas, kind: mediates, date: 2024-01-05,
                 evidence: [{source: wire, note: "first line\nsecond line"}]}
              - {id: own-1, source: qatar, target: hamas, kind: meets, evidence: [{source: brief, locator: "p. 4\np. 5"}]}
              - {source: qatar, target: hamas, kind: meets}
              - {source: egypt, target: hamas, kind: mediates, date: 2024-01-05, evidence: [{source: rep, locator: para 9}]}
            """);
        var fromCsv = csv.Load();
        var fromYaml = yaml.Load();
        Assert.True(fromCsv.Succeeded, string.Join("\n", fromCsv.Errors));
        Assert.True(fromYaml.Succeeded, string.Join("\n", fromYaml.Errors));
        Assert.Equal(GraphText.Of(fromYaml.Graph!), GraphText.Of(fromCsv.Graph!));
        Assert.Equal(fromYaml.Graph!.Relations.ToArray(), fromCsv.Graph!.Relations.ToArray());

        var relations = fromCsv.Graph.Relations;
        Assert.Equal(["egypt~mediates~hamas~2024-01-05", "egypt~mediates~hamas~2024-01-05~2", "own-1", "qatar~meets~hamas",
            "egypt~mediates~hamas~2024-01-05~3"], relations.Select(r => r.Id));
        Assert.Equal([new Evidence("rep", "para 2, line 3", "Egypt hosts, \"both\" sides")], relations[0].Evidence.ToArray());
        Assert.Equal([new Evidence("wire", null, "first line\nsecond line")], relations[1].Evidence.ToArray());
        Assert.Equal([new Evidence("brief", "p. 4\np. 5", null)], relations[2].Evidence.ToArray());
        Assert.Empty(relations[3].Evidence);
        Assert.Equal([new Evidence("rep", "para 9", null)], relations[4].Evidence.ToArray());
        Assert.Equal([1, 1, 1, 0, 1], relations.Select(r => r.EvidenceCount));
        // The source id is the stored one, shared with the graph's source.
        Assert.Same(fromCsv.Graph.SourcesById["rep"].Id, relations[0].Evidence[0].SourceId);
    }

    [Fact]
    public void Rows_read_in_blocks_answer_the_evidence_and_ids_of_rows_read_one_by_one()
    {
        using var seed = new TempSeed().With("actors.csv", Actors).With("sources.csv", Sources);
        var text = new StringBuilder("id,source,target,kind,date,evidence_source,evidence_locator,evidence_note\n");
        string[] sources = ["rep", "wire", "brief", ""];
        for (var r = 0; r < 4000; r++)
        {
            var source = sources[r % 4];
            var locator = source.Length == 0 ? "" : r == 5 ? $"\"row {r},\nnext line\"" : r % 5 == 0 ? $"\"row {r}, quoted\"" : r % 3 == 0 ? "" : $"row {r}";
            var note = source.Length == 0 || r % 2 == 0 ? "" : $"\"note {r}, \"\"quoted\"\"\"";
            var id = r % 11 == 0 ? $"own-{r}" : "";
            text.Append(CultureInfo.InvariantCulture, $"{id},egypt,{(r % 2 == 0 ? "hamas" : "qatar")},meets,2024-02-0{1 + r % 3},{source},{locator},{note}\n");
        }
        seed.With("relations.csv", text.ToString());
        var oneByOne = SeedLoader.Load(seed.Path, new SeedLimits());
        var blocks = SeedLoader.Load(seed.Path, new SeedLimits { ParallelBlockBytes = 4096 });
        Assert.True(blocks.Succeeded, string.Join("\n", blocks.Errors.Take(5)));
        Assert.Equal(4000, blocks.Graph!.Relations.Length);
        Assert.Equal(oneByOne.Graph!.Relations.ToArray(), blocks.Graph.Relations.ToArray());
        Assert.Equal(GraphText.Of(oneByOne.Graph), GraphText.Of(blocks.Graph));
        Assert.Equal([new Evidence("wire", "row 5,\nnext line", "note 5, \"quoted\"")], blocks.Graph.Relations[5].Evidence.ToArray());
        Assert.Equal([new Evidence("rep", "row 2000, quoted", null)], blocks.Graph.Relations[2000].Evidence.ToArray());
        Assert.Equal([new Evidence("wire", "row 1", "note 1, \"quoted\"")], blocks.Graph.Relations[1].Evidence.ToArray());
        Assert.Empty(blocks.Graph.Relations[3].Evidence);
        Assert.Equal("egypt~meets~qatar~2024-02-02~3", blocks.Graph.Relations[13].Id);
    }
}
