using System.IO.Compression;
using System.Text;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Formats;

public class CompressedInputTests
{
    private static string Text => string.Join('\n', Fixtures.GoodRows().Concat(Fixtures.BadRows())) + "\n";

    private static ImportResult ImportFile(string path) => EventImporter.Import(new GdeltEventReader(), [path], ImportOptions.Default);

    [Fact]
    public void Gzip_and_zip_inputs_give_the_same_graph_as_plain_text()
    {
        using var dir = new TempDir();
        var plain = dir.File("20240510.export.CSV");
        File.WriteAllText(plain, Text);
        var gz = dir.File("20240510.export.CSV.gz");
        using (var gzip = new GZipStream(File.Create(gz), CompressionLevel.Fastest)) gzip.Write(Encoding.UTF8.GetBytes(Text));
        var zip = dir.File("20240510.export.CSV.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            using var entry = new StreamWriter(archive.CreateEntry("20240510.export.CSV").Open());
            entry.Write(Text);
        }

        var expected = ImportFile(plain);
        foreach (var path in new[] { gz, zip })
        {
            var actual = ImportFile(path);
            Assert.Equal(expected.Graph.Relations.Select(r => (r.Id, r.Weight, r.Strength)), actual.Graph.Relations.Select(r => (r.Id, r.Weight, r.Strength)));
            Assert.Equal(expected.Graph.Processes.Select(p => p.Id), actual.Graph.Processes.Select(p => p.Id));
            Assert.Equal(expected.Summary.RowsRead, actual.Summary.RowsRead);
            Assert.Equal(expected.Summary.Issues.Select(i => i.Line), actual.Summary.Issues.Select(i => i.Line));
        }
        Assert.EndsWith(".zip!20240510.export.CSV", ImportFile(zip).Summary.Issues[0].File, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_gzip_file_is_a_clear_error()
    {
        using var dir = new TempDir();
        var gz = dir.File("bad.gz");
        File.WriteAllBytes(gz, [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07]);

        var ex = Assert.Throws<Diagnostics.ImportFailedException>(() => ImportFile(gz));

        Assert.Contains("bad.gz", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var ex = Assert.Throws<Diagnostics.ImportFailedException>(() => ImportFile("/nonexistent/events.csv"));
        Assert.Contains("no such file", ex.Message, StringComparison.Ordinal);
    }
}
