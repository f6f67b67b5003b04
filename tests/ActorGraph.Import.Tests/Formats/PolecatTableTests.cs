using System.IO.Compression;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Core.Model;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Plover;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

/// <summary>POLECAT files as Harvard Dataverse publishes them: weekly <c>ngecEvents.*.DV.txt</c> and yearly zips of
/// monthly files, PLOVER-coded events in a tab-separated table with a header (POLECAT codebook variable names;
/// Beger, "POLECAT Event Data", andybeger.com 2024, on the extra trailing tabs some files carry). Values are
/// written here.</summary>
public class PolecatTableTests
{
    private const string Header =
        "Event ID\tEvent Date\tEvent Type\tEvent Mode\tEvent Intensity\tQuad Code\tContexts\tActor Name\tActor Country\tActor COW\t" +
        "Primary Actor Sector\tActor Sectors\tActor Title\tActor Name Raw\tWikipedia Actor ID\tRecipient Name\tRecipient Country\t" +
        "Recipient COW\tPrimary Recipient Sector\tRecipient Sectors\tRecipient Title\tRecipient Name Raw\tWikipedia Recipient ID\t" +
        "Placename\tCity\tState\tCountry\tLatitude\tLongitude\tGeoNames ID\tRaw Placename\tFeature Type\tSource\tPublication Date\t" +
        "Story People\tStory Organizations\tStory Locations\tLanguage\tVersion";

    private static string Row(string id, string date, string type, string mode, string context, string actor, string actorCountry, string actorSector,
        string recipient, string recipientCountry, string recipientSector)
    {
        var cells = Header.Split('\t').ToDictionary(h => h, _ => "", StringComparer.Ordinal);
        cells["Event ID"] = id;
        cells["Event Date"] = date;
        cells["Event Type"] = type;
        cells["Event Mode"] = mode;
        cells["Event Intensity"] = "NA";
        cells["Contexts"] = context;
        cells["Actor Name"] = actor;
        cells["Actor Country"] = actorCountry;
        cells["Primary Actor Sector"] = actorSector;
        cells["Recipient Name"] = recipient;
        cells["Recipient Country"] = recipientCountry;
        cells["Primary Recipient Sector"] = recipientSector;
        cells["Source"] = "Example Wire";
        cells["Publication Date"] = date;
        cells["Language"] = "en";
        cells["Version"] = "1.0";
        return string.Join('\t', Header.Split('\t').Select(h => cells[h]));
    }

    private static readonly string[] Rows =
    [
        Row("pc-1", "2023-05-01", "assault", "", "military", "", "SDN", "MIL", "Rapid Support Forces", "SDN", "REB"),
        Row("pc-2", "2023-05-02", "assault", "", "military", "Rapid Support Forces", "SDN", "REB", "", "SDN", "MIL"),
        Row("pc-3", "2023-05-03", "consult", "mediate", "", "Saudi Arabia", "SAU", "GOV", "", "SDN", "MIL"),
        Row("pc-4", "2023-05-04", "consult", "mediate", "", "Saudi Arabia", "SAU", "GOV", "Rapid Support Forces", "SDN", "REB"),
        Row("pc-5", "2023-05-05", "consult", "visit", "", "Volodymyr Zelenskyy", "UKR", "GOV", "Recep Tayyip Erdoğan", "TUR", "GOV"),
        Row("pc-6", "2023-05-06", "agree", "", "ceasefire", "\"Antony Blinken\"", "USA", "GOV", "Saudi Arabia; United States", "SAU;USA", ""),
    ];

    private static ImportResult Import(IEnumerable<string> lines, string name = "ngecEvents.20230508111842.Release603.DV.txt") =>
        Run.Import(new PloverEventReader(), lines, name);

    [Fact]
    public void A_polecat_table_imports_with_canonical_actors_and_finds_the_mediator()
    {
        var result = Import([Header, .. Rows]);
        var graph = SeedRoundTrip.Load(result.Graph);

        Assert.Equal(6, result.Summary.RowsRead);
        Assert.Equal(0, result.Summary.RowsMalformed);
        // A side with no name is its country in its sector's role; a country's name is the state.
        Assert.Equal(("Military of Sudan", ActorKind.Agency), (graph.FindActor("sdn-mil")!.Name, graph.FindActor("sdn-mil")!.Kind));
        Assert.Equal(("Saudi Arabia", ActorKind.State), (graph.FindActor("sau")!.Name, graph.FindActor("sau")!.Kind));
        Assert.Contains(graph.Actors, a => a.Name == "Volodymyr Zelenskyy" && a.Country == "UKR");
        Assert.Contains(graph.Actors, a => a.Name == "Antony Blinken");
        Assert.DoesNotContain(graph.Actors, a => a.Name.Contains('"', StringComparison.Ordinal) || a.Name.Length == 0);
        Assert.Contains(graph.Relations, r => r.Kind == RelationVocabulary.Mediates && r.Source == "sau" && r.Target == "sdn-mil");
        // A recipient list: one tie per recipient.
        Assert.Contains(graph.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire && (r.Source == "sau" || r.Target == "sau"));

        var rsf = Assert.Single(graph.Actors, a => a.Name == "Rapid Support Forces").Id;
        var answer = MediatorFinder.Find(graph, "sdn-mil", rsf);
        Assert.Contains("sau", answer.Inferred.Concat(answer.Explicit).Select(m => m.ActorId));
    }

    [Fact]
    public void Extra_trailing_tabs_crlf_and_a_yearly_zip_of_monthly_files_with_resource_forks_read_the_same()
    {
        var expected = Import([Header, .. Rows]).Graph;
        using var dir = new TempDir();
        var zip = dir.File("ngecEventsDV-2023.txt.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var (month, rows) in new[] { ("ngecEvents.2023-05a.DV.txt", Rows[..3]), ("ngecEvents.2023-05b.DV.txt", Rows[3..]) })
            {
                using var entry = new StreamWriter(archive.CreateEntry(month).Open());
                entry.Write(string.Join("\r\n", new[] { Header + "\t\t" }.Concat(rows.Select(r => r + "\t\t"))) + "\r\n");
            }
            // A Mac's archiver adds resource forks: not data.
            using var fork = archive.CreateEntry("__MACOSX/._ngecEvents.2023-05a.DV.txt").Open();
            fork.Write([0x00, 0x05, 0x16, 0x07, 0x00, 0x02, 0x00, 0x00, 0x4D, 0x61, 0x63, 0x20]);
        }

        var result = EventImporter.Import(new PloverEventReader(), [zip], ImportOptions.Default);

        Assert.Equal(0, result.Summary.RowsMalformed);
        Assert.Equal(Rows.Length, result.Summary.RowsRead);
        Assert.Equal(expected.Actors.Select(a => (a.Id, a.Name)), result.Graph.Actors.Select(a => (a.Id, a.Name)));
        Assert.Equal(expected.Relations.Select(r => (r.Id, r.Weight)), result.Graph.Relations.Select(r => (r.Id, r.Weight)));
    }

    [Fact]
    public void A_story_date_header_and_lower_case_names_are_read_too()
    {
        var lines = new[]
        {
            "event_id\tstory_date\tevent_type\tevent_mode\tcontexts\tactor_name\tactor_country\trecipient_name\trecipient_country",
            "e1\t2023-01-15\tACCUSE\t\tpolitical\t\tUSA\t\tRUS",
        };

        var graph = Import(lines, "polecat.tsv").Graph;

        Assert.Contains(graph.Relations, r => r.Source == "usa" && r.Target == "rus" && r.Kind == RelationVocabulary.Accuses);
    }

    [Fact]
    public void Retreat_with_mode_ceasefire_is_a_ceasefire_as_plover_codes_cameo_0871()
    {
        var lines = new[] { Header, Row("pc-9", "2023-05-20", "retreat", "ceasefire", "military", "", "SDN", "MIL", "Rapid Support Forces", "SDN", "REB") };

        var graph = Import(lines).Graph;

        Assert.Contains(graph.Relations, r => r.Kind == RelationVocabulary.AgreesCeasefire && (r.Source == "sdn-mil" || r.Target == "sdn-mil"));
    }

    [Fact]
    public void A_tab_separated_file_without_polecat_columns_is_refused_with_what_is_missing()
    {
        var ex = Assert.Throws<ImportFailedException>(() => Import(["a\tb\tc", "1\t2\t3"], "x.txt"));

        Assert.Contains("x.txt:1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Event Type'", ex.Message, StringComparison.Ordinal);
    }
}
