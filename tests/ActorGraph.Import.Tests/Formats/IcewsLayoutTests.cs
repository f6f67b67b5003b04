using System.IO.Compression;
using System.Text;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Import.Icews;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

/// <summary>ICEWS files as Harvard Dataverse publishes them (doi:10.7910/DVN/28075): the 20-column header of the
/// yearly <c>events.YYYY.*.tab</c> files and of the weekly files, zipped, written from Windows (byte-order mark,
/// CRLF), strings quoted as Dataverse's tabular export quotes them, dates read back from a spreadsheet (M/D/YYYY),
/// trailing empty cells dropped; and the country spellings ICEWS uses. Values are written here; the layout is
/// the published one (header as in the real sample, ../shared/real-data/icews).</summary>
public class IcewsLayoutTests
{
    /// <summary>The 20 columns of the published files, in order.</summary>
    private const string Header = IcewsTests.Header;

    private static string Row(int id, string date, string source, string sourceCountry, string text, string code, string intensity, string target, string targetCountry) =>
        string.Join('\t', id, date, source, "", sourceCountry, text, code, intensity, target, "", targetCountry, 5000 + id, 1, "Example Wire", "Istanbul", "", "Istanbul", "Turkey", "41.01", "28.97");

    /// <summary>Russia and Ukraine fight; Turkey mediates with each; the other rows bring in countries as ICEWS spells them.</summary>
    private static readonly string[] Rows =
    [
        Row(1, "2022-03-01", "Russian Federation", "Russian Federation", "Use conventional military force", "190", "-10.0", "Ukraine", "Ukraine"),
        Row(2, "2022-03-03", "Ukraine", "Ukraine", "Use conventional military force", "190", "-10.0", "Russian Federation", "Russian Federation"),
        Row(3, "2022-03-05", "Turkey", "Turkey", "Mediate", "045", "5.0", "Russian Federation", "Russian Federation"),
        Row(4, "2022-03-07", "Turkey", "Turkey", "Engage in negotiation", "046", "7.0", "Ukraine", "Ukraine"),
        Row(5, "2022-03-08", "Turkey", "Turkey", "Mediate", "045", "5.0", "Ukraine", "Ukraine"),
        Row(6, "2022-03-08", "Government (Congo, Democratic Republic of)", "Congo, Democratic Republic of", "Consult", "040", "1.0", "Cote d'Ivoire", "Cote d'Ivoire"),
        Row(7, "2022-03-09", "Occupied Palestinian Territory", "Occupied Palestinian Territory", "Make statement", "010", "0.0", "Korea, Republic of", "Korea, Republic of"),
        Row(8, "2022-03-09", "North Korea", "North Korea", "Threaten", "130", "-4.4", "South Korea", "South Korea"),
        Row(9, "2022-03-10", "Iran, Islamic Republic of", "Iran, Islamic Republic of", "Consult", "040", "1.0", "Syrian Arab Republic", "Syrian Arab Republic"),
        Row(10, "2022-03-10", "Kosovo", "Kosovo", "Consult", "040", "1.0", "the former Yugoslav Republic of Macedonia", "the former Yugoslav Republic of Macedonia"),
        Row(11, "2022-03-11", "Taiwan", "Taiwan", "Consult", "040", "1.0", "Micronesia", "Micronesia"),
        Row(12, "2022-03-11", "Serbia and Montenegro", "Serbia and Montenegro", "Consult", "040", "1.0", "Côte d'Ivoire", "Côte d'Ivoire"),
        Row(13, "2022-03-12", "Congo, Democratic Republic of", "Congo, Democratic Republic of", "Accuse", "112", "-2.0", "Rwanda", "Rwanda"),
    ];

    /// <summary>The rows as Dataverse's export writes them: every string quoted, numbers bare.</summary>
    private static string Quoted(string row) => string.Join('\t', row.Split('\t').Select(c =>
        c.Length == 0 || double.TryParse(c, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) ? c : $"\"{c}\""));

    /// <summary>2022-03-01 as a spreadsheet writes it back: 3/1/2022.</summary>
    private static string UsDate(string row)
    {
        var cells = row.Split('\t');
        var d = DateOnly.ParseExact(cells[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        cells[1] = $"{d.Month}/{d.Day}/{d.Year}";
        return string.Join('\t', cells);
    }

    private static ImportResult ImportZipped(string entryName, string text, Encoding encoding)
    {
        using var dir = new TempDir();
        var zip = dir.File(entryName + ".zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = archive.CreateEntry(entryName).Open();
            var preamble = encoding.GetPreamble();
            entry.Write(preamble);
            entry.Write(encoding.GetBytes(text));
        }
        return EventImporter.Import(new IcewsEventReader(), [zip], ImportOptions.Default);
    }

    private static ImportResult Plain() => Run.Import(new IcewsEventReader(), [Header, .. Rows], "events.2022.20230101.tab");

    [Fact]
    public void A_zipped_file_with_bom_crlf_quoted_strings_and_us_dates_gives_the_same_graph_as_the_plain_file()
    {
        var expected = Plain();
        var text = string.Join("\r\n", new[] { Header }.Concat(Rows.Select(r => Quoted(UsDate(r))))) + "\r\n";

        var result = ImportZipped("20220313-icews-events.tab", text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(0, result.Summary.RowsMalformed);
        Assert.Equal(expected.Graph.Actors.Select(a => (a.Id, a.Name, a.Kind, a.Country)), result.Graph.Actors.Select(a => (a.Id, a.Name, a.Kind, a.Country)));
        Assert.Equal(expected.Graph.Relations.Select(r => (r.Id, r.Weight)), result.Graph.Relations.Select(r => (r.Id, r.Weight)));
        Assert.Equal(expected.Graph.Processes.Select(p => p.Id), result.Graph.Processes.Select(p => p.Id));
    }

    [Fact]
    public void Rows_whose_trailing_empty_cells_were_dropped_or_doubled_or_whose_intensity_is_na_are_read()
    {
        // The last cells (Latitude, Longitude) empty and cut off; or an extra empty cell after them.
        var cut = string.Join('\t', Rows[2].Split('\t')[..18]);
        var padded = Rows[3] + "\t\t";
        // An intensity written NA counts as none given.
        var na = Rows[4].Replace("\t5.0\t", "\tNA\t", StringComparison.Ordinal);

        var result = Run.Import(new IcewsEventReader(), [Header, Rows[0], Rows[1], cut, padded, na], "events.2022.tab");

        Assert.Equal(0, result.Summary.RowsMalformed);
        Assert.Equal(5, result.Summary.RowsImported);
    }

    [Fact]
    public void Icews_country_spellings_become_states_named_the_usual_way_and_resolve_by_common_names()
    {
        var graph = SeedRoundTrip.Load(Plain().Graph);
        var resolver = new ActorResolver(graph);

        foreach (var (typed, id, name) in new[]
        {
            ("Turkey", "tur", "Turkey"), ("Russia", "rus", "Russia"), ("Russian Federation", "rus", "Russia"),
            ("DR Congo", "cod", "Democratic Republic of the Congo"), ("North Korea", "prk", "North Korea"),
            ("South Korea", "kor", "South Korea"), ("Palestine", "pse", "Palestine"), ("Iran", "irn", "Iran"),
            ("Syria", "syr", "Syria"), ("Ivory Coast", "civ", "Ivory Coast"), ("Côte d'Ivoire", "civ", "Ivory Coast"), ("Kosovo", "xkx", "Kosovo"),
            ("North Macedonia", "mkd", "North Macedonia"), ("Taiwan", "twn", "Taiwan"), ("Micronesia", "fsm", "Micronesia"),
            ("Serbia", "srb", "Serbia"),
        })
        {
            var resolution = resolver.Resolve(typed);
            Assert.True(resolution is ActorResolution.Found, $"'{typed}': {resolution.Describe()}");
            var actor = ((ActorResolution.Found)resolution).Actor;
            Assert.Equal((id, ActorKind.State), (actor.Id, actor.Kind));
            Assert.StartsWith(name[..4], actor.Name, StringComparison.Ordinal);
        }
        // An ICEWS sector of a country spelt "Congo, Democratic Republic of" is that country's role.
        Assert.Equal("Government of the Democratic Republic of the Congo", graph.FindActor("cod-gov")!.Name);
        // Every state is named by the code table, never by the spelling of the file.
        Assert.DoesNotContain(graph.Actors, a => a.Name.Contains(", ", StringComparison.Ordinal) || a.Name.StartsWith("Occupied", StringComparison.Ordinal));
    }

    [Fact]
    public void The_mediator_the_rows_show_is_found_by_common_names()
    {
        var graph = SeedRoundTrip.Load(Plain().Graph);
        var resolver = new ActorResolver(graph);
        var russia = Assert.IsType<ActorResolution.Found>(resolver.Resolve("Russia")).Actor.Id;
        var ukraine = Assert.IsType<ActorResolution.Found>(resolver.Resolve("Ukraine")).Actor.Id;

        var answer = MediatorFinder.Find(graph, russia, ukraine);

        var mediators = answer.Inferred.Concat(answer.Explicit).Select(m => m.ActorId).ToList();
        Assert.Contains("tur", mediators);
        Assert.DoesNotContain("rus", mediators);
        Assert.DoesNotContain("ukr", mediators);
    }
}
