using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Export.Gexf;
using ActorGraph.Export.GraphMl;
using ActorGraph.Export.Tests.Support;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Tests.Interop;

/// <summary>The GraphML and GEXF files read back by networkx, as an analyst's notebook would read them:
/// every node and edge arrives, with readable ids, weights from strength, signs, kinds, dates and clusters.</summary>
public class NetworkxReadBackTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "graphml", "seed" }, { "graphml", "small" }, { "graphml", "hostile" },
        { "gexf", "seed" }, { "gexf", "small" }, { "gexf", "hostile" },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Networkx_reads_every_node_and_edge_with_its_attributes(string format, string which)
    {
        var graph = which switch { "seed" => SeedGraph.Data, "small" => SampleGraphs.Small(), _ => SampleGraphs.Hostile() };
        var options = new ExportOptions { Clusters = Camps.Of(graph) };
        var view = ExportView.Create(graph, options);
        var text = format == "graphml" ? GraphMlWriter.Write(graph, options) : GexfWriter.Write(graph, options);
        var read = Networkx.Read(format, text);

        Assert.True(read.GetProperty("directed").GetBoolean());
        var nodes = read.GetProperty("nodes");
        var edges = read.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(view.Actors.Length + view.Processes.Length, nodes.EnumerateObject().Count());
        var links = view.Processes.Sum(p => view.ParticipantsOf(p).Count());
        Assert.Equal(view.Relations.Length + links, edges.Count);
        Assert.All(nodes.EnumerateObject(), n => Assert.DoesNotContain("_x00", n.Name, StringComparison.Ordinal));

        var ids = new ReadableIds(view);
        var nodeById = nodes.EnumerateObject().ToDictionary(n => Str(n.Value, "actorgraph_id")!, n => (Id: n.Name, Data: n.Value));
        foreach (var actor in view.Actors)
        {
            var (id, data) = nodeById[TextCleaner.Clean(actor.Id)]; // ids keep what XML can hold
            Assert.Equal(ids.Actor(actor.Id), id);
            Assert.Equal(TextCleaner.Clean(actor.Name), Str(data, "label"));
            Assert.Equal(EnumText.Name(actor.Kind), Str(data, "kind"));
            if (view.ClusterOf(actor.Id) is { } cluster) Assert.Equal(cluster, data.GetProperty("cluster").GetInt32());
        }

        var edgeById = edges.Where(e => Str(e.GetProperty("data"), "actorgraph_id") is not null)
            .ToDictionary(e => Str(e.GetProperty("data"), "actorgraph_id")!);
        Assert.Equal(view.Relations.Length, edgeById.Count);
        foreach (var relation in view.Relations)
        {
            var edge = edgeById[TextCleaner.Clean(relation.Id)];
            var data = edge.GetProperty("data");
            Assert.Equal(ids.Actor(relation.Source), edge.GetProperty("source").GetString());
            Assert.Equal(ids.Actor(relation.Target), edge.GetProperty("target").GetString());
            Assert.Equal(ExportText.Strength(relation), data.GetProperty("weight").GetDouble(), 12);
            Assert.Equal(EnumText.Name(relation.Sign), Str(data, "sign"));
            Assert.Equal(relation.Kind.Name, Str(data, "kind"));
            Assert.Equal(!relation.Kind.Directed, data.GetProperty("symmetric").GetBoolean());
            Assert.Equal(ExportText.Date(relation.When.Start), Str(data, "start"));
            Assert.Equal(ExportText.Date(relation.When.End), Str(data, "end"));
        }
        Assert.Equal(links, edges.Count(e => Str(e.GetProperty("data"), "role") is "party" or "mediator"));
        if (format == "gexf") Assert.Equal("dynamic", read.GetProperty("mode").GetString());
    }

    [SkippableFact]
    public void Seed_weights_follow_strength_not_a_constant()
    {
        var read = Networkx.Read("graphml", GraphMlWriter.Write(SeedGraph.Data));
        var weights = read.GetProperty("edges").EnumerateArray()
            .Where(e => e.GetProperty("data").TryGetProperty("weight", out _))
            .Select(e => e.GetProperty("data").GetProperty("weight").GetDouble()).Distinct().ToList();
        Assert.True(weights.Count > 2, "weights: " + string.Join(", ", weights.Select(w => w.ToString(CultureInfo.InvariantCulture))));
    }

    private static string? Str(JsonElement data, string name) =>
        data.TryGetProperty(name, out var v) ? v.ValueKind == JsonValueKind.String ? v.GetString() : v.ToString() : null;
}
