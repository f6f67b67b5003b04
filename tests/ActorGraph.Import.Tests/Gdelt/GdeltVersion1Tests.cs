using System.IO.Compression;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>GDELT 1.0 event files, in the layout of GDELT Event Codebook V1.03: 57 tab-separated columns in the
/// historical files (up to 2013-03-31), 58 with SOURCEURL in the daily files after, published zipped as
/// <c>YYYYMMDD.export.CSV.zip</c>. Columns 0..34 are those of 2.0; the geographies lack ADM2Code.</summary>
public class GdeltVersion1Tests
{
    private static ImportResult ImportZipped(IEnumerable<string> lines, string name)
    {
        using var dir = new TempDir();
        var zip = dir.File(name + ".zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(archive.CreateEntry(name).Open());
            entry.Write(string.Join('\n', lines) + "\n");
        }
        return EventImporter.Import(new GdeltEventReader(), [zip], ImportOptions.Default);
    }

    [Fact]
    public void The_version1_header_has_57_columns_with_dateadded_last()
    {
        Assert.Equal(GdeltColumns.Version1Count, GdeltRow.Version1Header.Length);
        Assert.Equal("DATEADDED", GdeltRow.Version1Header[GdeltColumns.Version1DateAdded]);
        Assert.Equal("ActionGeo_FeatureID", GdeltRow.Version1Header[GdeltColumns.Version1DateAdded - 1]);
        for (var i = 0; i <= GdeltColumns.AvgTone; i++) Assert.Equal(GdeltRow.Header[i], GdeltRow.Version1Header[i]);
    }

    [Fact]
    public void A_zipped_58_column_daily_file_imports_like_its_2_0_rows_with_urls_as_evidence()
    {
        var rows = Fixtures.ConflictRows();
        var expected = Run.Gdelt(rows).Graph;

        var graph = SeedRoundTrip.Load(ImportZipped(rows.Select(r => GdeltRow.ToVersion1(r, withUrl: true)), "20130401.export.CSV").Graph);

        Assert.Equal(expected.Actors.Select(a => (a.Id, a.Name)), graph.Actors.Select(a => (a.Id, a.Name)));
        Assert.Equal(expected.Relations.Select(r => (r.Id, r.Weight)), graph.Relations.Select(r => (r.Id, r.Weight)));
        var process = Assert.Single(graph.Processes);
        Assert.Equal(new[] { "egy", "qat" }, process.Mediators);
        Assert.Contains(process.Evidence, e => graph.SourcesById[e.SourceId].Url == "https://news.example/egypt-israel-talks");
        var answer = MediatorFinder.Find(graph, "isr", "hms");
        Assert.Contains("egy", answer.Inferred.Concat(answer.Explicit).Select(m => m.ActorId));
    }

    [Fact]
    public void A_57_column_historical_file_imports_its_ties_without_url_evidence()
    {
        var rows = Fixtures.ConflictRows();
        var expected = Run.Gdelt(rows).Graph;

        var result = ImportZipped(rows.Select(r => GdeltRow.ToVersion1(r, withUrl: false)), "200601.zip.csv");
        var graph = SeedRoundTrip.Load(result.Graph);

        Assert.Equal(0, result.Summary.RowsMalformed);
        Assert.Equal(expected.Relations.Select(r => (r.Id, r.Weight)), graph.Relations.Select(r => (r.Id, r.Weight)));
        Assert.DoesNotContain(graph.Sources, s => s.Url is not null);
        Assert.Equal(new[] { "hms", "isr" }, Assert.Single(graph.Processes).Parties);
    }

    [Fact]
    public void A_malformed_version1_row_says_it_was_read_as_gdelt_1()
    {
        var line = GdeltRow.ToVersion1(Fixtures.Row(1, "2013-04-01", "EGY", "EGYPT", "QAT", "QATAR", "042", 1, 1.9).ToString(), withUrl: true);

        var ex = Assert.Throws<Diagnostics.ImportFailedException>(() => Run.Gdelt([line]));

        Assert.Contains("SQLDATE '2013-04-01'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("a GDELT 1.0 row of 58 columns", ex.Message, StringComparison.Ordinal);
    }
}
