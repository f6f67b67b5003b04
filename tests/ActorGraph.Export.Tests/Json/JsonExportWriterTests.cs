using System.Globalization;
using System.Text.Json;
using ActorGraph.Export.Json;
using ActorGraph.Export.Tests.Support;
using ActorGraph.Export.Text;

namespace ActorGraph.Export.Tests.Json;

public class JsonExportWriterTests
{
    [Fact]
    public void Writes_nodes_edges_clusters_processes_and_cited_sources()
    {
        var graph = SampleGraphs.Small();
        var clusters = new Dictionary<string, int> { ["north"] = 1, ["west"] = 1, ["south"] = 0 };
        using var doc = JsonDocument.Parse(JsonExportWriter.Write(graph, new ExportOptions { Clusters = clusters, AsOf = new DateOnly(2024, 12, 5) }));
        var root = doc.RootElement;
        Assert.Equal("actorgraph-export", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("2024-12-05", root.GetProperty("asOf").GetString());

        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(graph.Actors.Length, nodes.Count);
        Assert.Equal(graph.Actors.Select(a => a.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.GetProperty("id").GetString()));
        var south = nodes.Single(n => n.GetProperty("id").GetString() == "south");
        Assert.Equal("armed-group", south.GetProperty("kind").GetString());
        Assert.Equal(0, south.GetProperty("cluster").GetInt32());
        Assert.False(nodes.Single(n => n.GetProperty("id").GetString() == "east").TryGetProperty("cluster", out _));

        var edges = root.GetProperty("edges").EnumerateArray().ToList();
        Assert.DoesNotContain(edges, e => e.GetProperty("id").GetString() == "old-alliance"); // ended before the as-of date
        var meet = edges.Single(e => e.GetProperty("id").GetString() == "meet-east-south");
        Assert.Equal("meets", meet.GetProperty("kind").GetString());
        Assert.Equal("cooperative", meet.GetProperty("sign").GetString());
        Assert.False(meet.GetProperty("directed").GetBoolean());
        Assert.Equal("claimed", meet.GetProperty("modality").GetString());
        Assert.Equal("2024-11-29", meet.GetProperty("start").GetString());
        Assert.Equal(0.8, meet.GetProperty("strength").GetDouble());
        Assert.Equal("para 1", meet.GetProperty("evidence")[0].GetProperty("locator").GetString());

        var clusterList = root.GetProperty("clusters").EnumerateArray().ToList();
        Assert.Equal([0, 1], clusterList.Select(c => c.GetProperty("id").GetInt32()));
        Assert.Equal(["north", "west"], clusterList[1].GetProperty("members").EnumerateArray().Select(m => m.GetString()));

        var talks = root.GetProperty("processes").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "talks");
        Assert.Equal("ongoing", talks.GetProperty("status").GetString());
        Assert.Equal(["east", "west"], talks.GetProperty("mediators").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(["rep"], root.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
    }

    [Fact]
    public void Deterministic_and_culture_invariant()
    {
        var graph = SampleGraphs.Small();
        var expected = JsonExportWriter.Write(graph);
        Assert.Equal(expected, JsonExportWriter.Write(SampleGraphs.Shuffled(graph, 3)));
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(expected, JsonExportWriter.Write(graph));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.DoesNotContain("\r", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_round_trip()
    {
        var graph = SampleGraphs.Hostile();
        using var doc = JsonDocument.Parse(JsonExportWriter.Write(graph));
        var names = doc.RootElement.GetProperty("nodes").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("name").GetString());
        foreach (var actor in graph.Actors) Assert.Equal(TextCleaner.Clean(actor.Name), names[actor.Id]);
    }
}
