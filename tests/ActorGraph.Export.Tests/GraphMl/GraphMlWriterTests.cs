using System.Globalization;
using System.Xml.Linq;
using ActorGraph.Export.GraphMl;
using ActorGraph.Export.Tests.Support;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;

namespace ActorGraph.Export.Tests.GraphMl;

public class GraphMlWriterTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [SkippableFact]
    public void Parses_back_with_every_used_key_declared_and_all_nodes_and_edges()
    {
        var graph = SampleGraphs.Small();
        var doc = XDocument.Parse(GraphMlWriter.Write(graph));
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => k);
        Assert.All(keys.Values, k =>
        {
            Assert.Contains((string)k.Attribute("for")!, new[] { "node", "edge" });
            Assert.Contains((string)k.Attribute("attr.type")!, new[] { "string", "int", "double", "boolean" });
            Assert.False(string.IsNullOrEmpty((string?)k.Attribute("attr.name")));
        });
        Assert.Equal(keys.Count, keys.Values.Select(k => (string)k.Attribute("for")! + "/" + (string)k.Attribute("attr.name")!).Distinct().Count());

        var g = doc.Root.Element(G + "graph")!;
        Assert.Equal("directed", (string)g.Attribute("edgedefault")!);
        foreach (var element in g.Elements())
        {
            foreach (var data in element.Elements(G + "data"))
            {
                var key = (string)data.Attribute("key")!;
                Assert.True(keys.TryGetValue(key, out var declared), $"data key '{key}' is not declared");
                Assert.Equal(element.Name.LocalName, (string)declared!.Attribute("for")!);
                AssertTyped((string)declared.Attribute("attr.type")!, data.Value);
            }
        }

        var nodes = g.Elements(G + "node").ToList();
        var edges = g.Elements(G + "edge").ToList();
        Assert.Equal(graph.Actors.Length + graph.Processes.Length, nodes.Count);
        var links = graph.Processes.Sum(p => p.Parties.Length + p.Mediators.Length);
        Assert.Equal(graph.Relations.Length + links, edges.Count);
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.Equal(nodes.Count, nodeIds.Count);
        Assert.All(edges, e =>
        {
            Assert.Contains((string)e.Attribute("source")!, nodeIds);
            Assert.Contains((string)e.Attribute("target")!, nodeIds);
        });

        Assert.All(edges, e => Assert.Null(e.Attribute("directed")));
        Assert.Equal(edges.Count, edges.Select(e => (string)e.Attribute("id")!).Distinct().Count());
        var war = edges.Single(e => e.Elements(G + "data").Any(d => (string)d.Attribute("key")! == "e_id" && d.Value == "war"));
        Assert.Equal("true", Data(war, "e_symmetric"));
        Assert.Equal("1", Data(war, "e_weight"));
        Assert.Equal("hostile", Data(war, "e_sign"));
        Assert.Equal("2023-10-07", Data(war, "e_start"));
        var meet = edges.Single(e => Data(e, "e_id") == "meet-east-south");
        Assert.Equal("rep, para 1: talks in the capital", Data(meet, "e_evidence"));
        Assert.Equal("claimed", Data(meet, "e_modality"));
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;

    private static void AssertTyped(string type, string value)
    {
        switch (type)
        {
            case "int": Assert.True(int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), value); break;
            case "double": Assert.True(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), value); break;
            case "boolean": Assert.Contains(value, new[] { "true", "false" }); break;
        }
    }

    [SkippableFact]
    public void Clusters_and_focus_are_declared_only_when_exported()
    {
        var graph = SampleGraphs.Small();
        Assert.DoesNotContain("n_cluster", GraphMlWriter.Write(graph), StringComparison.Ordinal);
        var clusters = new Dictionary<string, int> { ["north"] = 3 };
        var doc = XDocument.Parse(GraphMlWriter.Write(graph, new ExportOptions { Clusters = clusters }));
        Assert.Single(doc.Root!.Elements(G + "key"), k => (string)k.Attribute("id")! == "n_cluster" && (string)k.Attribute("attr.type")! == "int");
        var north = doc.Descendants(G + "node").Single(n => Data(n, "n_id") == "north");
        Assert.Equal("3", Data(north, "n_cluster"));
        Assert.Null(Data(doc.Descendants(G + "node").Single(n => Data(n, "n_id") == "south"), "n_cluster"));
    }

    [Fact]
    public void Focus_roles_are_exported_with_a_declared_key()
    {
        var graph = SampleGraphs.Small();
        var focus = new ExportFocus(["north", "south"], new HashSet<string> { "north", "south", "east" }, new HashSet<string>(),
            new HashSet<string>(), new HashSet<string> { "east" });
        var doc = XDocument.Parse(GraphMlWriter.Write(graph, new ExportOptions { Focus = focus }));
        Assert.Single(doc.Root!.Elements(G + "key"), k => (string)k.Attribute("id")! == "n_focus");
        var roles = doc.Descendants(G + "node").Where(n => Data(n, "n_type") == "actor").ToDictionary(n => Data(n, "n_id")!, n => Data(n, "n_focus"));
        Assert.Equal("endpoint", roles["north"]);
        Assert.Equal("endpoint", roles["south"]);
        Assert.Equal("mediator", roles["east"]);
        Assert.DoesNotContain("west", roles.Keys); // not in focus, left out
    }

    [SkippableFact]
    public void Comma_decimal_culture_gives_identical_bytes()
    {
        var graph = SampleGraphs.Small();
        var invariant = GraphMlWriter.Write(graph);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, GraphMlWriter.Write(graph));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Contains("<data key=\"e_weight\">0.8</data>", invariant, StringComparison.Ordinal);
        Assert.Equal(invariant, GraphMlWriter.Write(SampleGraphs.Shuffled(graph, 7)));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml", invariant, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Hostile_names_round_trip_through_xml()
    {
        var graph = SampleGraphs.Hostile();
        var doc = XDocument.Parse(GraphMlWriter.Write(graph));
        var byId = doc.Descendants(G + "node").ToDictionary(n => Data(n, "n_id")!, n => n);
        foreach (var actor in graph.Actors)
        {
            Assert.Equal(TextCleaner.Clean(actor.Name), Data(byId[actor.Id], "n_label"));
            Assert.Equal(actor.Id, Data(byId[actor.Id], "n_id"));
            Assert.Equal(ReadableIds.Token(actor.Id), ((string)byId[actor.Id].Attribute("id")!)[..ReadableIds.Token(actor.Id).Length]);
            System.Xml.XmlConvert.VerifyNMTOKEN((string)byId[actor.Id].Attribute("id")!);
        }
    }
}
