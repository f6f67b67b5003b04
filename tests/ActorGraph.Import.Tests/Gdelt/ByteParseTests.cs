using System.Text;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Gdelt;
using ActorGraph.Import.Reading;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Gdelt;

/// <summary>UTF-8 files are parsed on their bytes (tabs found on bytes, only the columns read decoded); text given
/// as characters is decoded and split whole. Both must read the same rows, names, URLs and problems, including
/// non-ASCII names, invalid UTF-8 (read as U+FFFD), a header, CRLF line ends, Unicode-blank lines and GDELT 1.0 rows.</summary>
public class ByteParseTests
{
    private static byte[] File()
    {
        var rows = new List<string>
        {
            string.Join('\t', GdeltRow.Header),
            new GdeltRow(1, "20240501", "DEU", "MÜNCHEN", "DEU", "RUS", "МОСКВА", "RUS", "042", 1, 1.9, Url: "https://zeitung.example/über-straße").ToString(),
            new GdeltRow(2, "20240502", "IRN", "TEHRAN", "IRN", "TUR", "İSTANBUL", "TUR", "036", 1, 4.0, Url: "https://news.example/ünïcode?q=日本").ToString(),
            "\u00a0\u3000\t ",
            new GdeltRow(3, "20240503", "USA", "WASHINGTON", "USA", "CHN", "BEIJING", "CHN", "190", 4, -10.0, Url: "https://a.example/3").ToString(),
            GdeltRow.ToVersion1(new GdeltRow(4, "20240504", "EGY", "CAIRO", "EGY", "ISR", "JERUSALEM", "ISR", "043", 1, 2.8, Url: "https://b.example/4").ToString(), withUrl: true),
            "5,not,a,row,with,commas",
            new GdeltRow(6, "2024050x", "USA", "MÜNCHEN", "USA", "RUS", "MOSCOW", "RUS", "042", 1, 1.9).ToString(),
        };
        var bytes = new List<byte>();
        foreach (var row in rows)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(row));
            bytes.AddRange("\r\n"u8.ToArray());
        }
        // Invalid UTF-8 inside fields: a truncated sequence ending a name, a lone continuation byte in a URL.
        var broken = new GdeltRow(7, "20240505", "FRA", "PARIS@", "FRA", "GBR", "LONDON", "GBR", "042", 1, 1.9, Url: "https://c.example/x@y").ToString();
        foreach (var b in Encoding.UTF8.GetBytes(broken))
        {
            if (b == (byte)'@') bytes.AddRange(new byte[] { 0xE2, 0x82 });
            else bytes.Add(b);
        }
        bytes.AddRange(new byte[] { (byte)'\n', 0x80, (byte)'\t', 0xC3 });
        return [.. bytes];
    }

    private static (ActorGraph.Core.Model.ActorGraphData Graph, ImportDiagnostics Diagnostics) Read(TextReader text)
    {
        var reader = new GdeltEventReader();
        var aggregator = new EventAggregator(reader.Style, new AggregationOptions());
        var diagnostics = new ImportDiagnostics(strict: false, maxIssues: 100);
        using var part = new InputPart("events.CSV", text, 0);
        reader.Read(part, aggregator, diagnostics, null, CancellationToken.None);
        var graph = aggregator.Build(reader.DescribeActor, (key, facts) => reader.DescribeEvidence(key, facts)!, reader.DescribeSource);
        return (graph, diagnostics);
    }

    [Fact]
    public void Bytes_and_decoded_text_give_the_same_graph_and_problems()
    {
        var bytes = File();
        var fromBytes = Read(new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false)));
        var fromText = Read(new StringReader(Encoding.UTF8.GetString(bytes)));

        Assert.Equal(fromText.Diagnostics.RowsRead, fromBytes.Diagnostics.RowsRead);
        Assert.Equal(fromText.Diagnostics.RowsImported, fromBytes.Diagnostics.RowsImported);
        Assert.Equal(5, fromBytes.Diagnostics.RowsImported);
        Assert.Equal(fromText.Diagnostics.Issues.Select(i => i.ToString()), fromBytes.Diagnostics.Issues.Select(i => i.ToString()));
        Assert.Contains(fromBytes.Diagnostics.Issues, i => i.ToString().Contains("comma-separated", StringComparison.Ordinal));
        Assert.Equal(fromText.Graph.Actors.Select(a => (a.Id, a.Name, string.Join('|', a.Aliases))), fromBytes.Graph.Actors.Select(a => (a.Id, a.Name, string.Join('|', a.Aliases))));
        Assert.Equal(fromText.Graph.Relations.Select(r => r.Id), fromBytes.Graph.Relations.Select(r => r.Id));
        Assert.Equal(fromText.Graph.Relations.SelectMany(r => r.Evidence), fromBytes.Graph.Relations.SelectMany(r => r.Evidence));
        Assert.Equal(fromText.Graph.Sources.Select(s => (s.Id, s.Url, s.Title)), fromBytes.Graph.Sources.Select(s => (s.Id, s.Url, s.Title)));
        Assert.Contains(fromBytes.Graph.Sources, s => s.Url == "https://zeitung.example/über-straße");
        Assert.Contains(fromBytes.Graph.Sources, s => s.Url == "https://c.example/x\ufffdy");
    }
}
