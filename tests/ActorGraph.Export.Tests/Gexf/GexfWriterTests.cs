using System.Globalization;
using System.Xml.Linq;
using ActorGraph.Export.Gexf;
using ActorGraph.Export.Tests.Support;

namespace ActorGraph.Export.Tests.Gexf;

public class GexfWriterTests
{
    private static readonly XNamespace G = GexfWriter.Ns;

    [SkippableFact]
    public void Is_structurally_valid_gexf_1_3_with_declared_typed_attributes()
    {
        var graph = SeedGraph.Data;
        var doc = XDocument.Parse(GexfWriter.Write(graph, new ExportOptions { Clusters = Camps.Of(graph) }));
        var root = doc.Root!;
        Assert.Equal(G + "gexf", root.Name);
        Assert.Equal("1.3", (string?)root.Attribute("version"));
        var g = root.Element(G + "graph")!;
        Assert.Equal("directed", (string?)g.Attribute("defaultedgetype"));
        Assert.Equal("dynamic", (string?)g.Attribute("mode"));
        Assert.Equal("date", (string?)g.Attribute("timeformat"));

        var declared = g.Elements(G + "attributes").ToDictionary(
            a => (string)a.Attribute("class")!,
            a => a.Elements(G + "attribute").ToDictionary(x => (string)x.Attribute("id")!, x => (string)x.Attribute("type")!));
        Assert.Equal(["edge", "node"], declared.Keys.Order());

        var nodes = g.Element(G + "nodes")!.Elements(G + "node").ToList();
        var edges = g.Element(G + "edges")!.Elements(G + "edge").ToList();
        Assert.Equal(graph.Actors.Length + graph.Processes.Length, nodes.Count);
        var nodeIds = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(nodes.Count, nodeIds.Count);
        Assert.Equal(edges.Count, edges.Select(e => (string)e.Attribute("id")!).Distinct().Count());
        foreach (var (element, cls) in nodes.Select(n => (n, "node")).Concat(edges.Select(e => (e, "edge"))))
        {
            Assert.False(string.IsNullOrEmpty((string?)element.Attribute("label")));
            System.Xml.XmlConvert.VerifyNMTOKEN((string)element.Attribute("id")!);
            foreach (var value in element.Descendants(G + "attvalue"))
            {
                var key = (string)value.Attribute("for")!;
                Assert.True(declared[cls].TryGetValue(key, out var type), $"{cls} attribute '{key}' is not declared");
                AssertTyped(type!, (string)value.Attribute("value")!);
            }
            var start = Date(element, "start");
            var end = Date(element, "end");
            if (start is { } s && end is { } e) Assert.True(s <= e, $"{element.Attribute("id")}: start after end");
        }
        foreach (var edge in edges)
        {
            Assert.Contains((string)edge.Attribute("source")!, nodeIds);
            Assert.Contains((string)edge.Attribute("target")!, nodeIds);
        }
        Assert.Contains(edges, e => e.Attribute("start") is not null);
        Assert.All(edges.Where(e => e.Attribute("weight") is not null),
            e => Assert.InRange(double.Parse((string)e.Attribute("weight")!, CultureInfo.InvariantCulture), 0, 1));
    }

    [SkippableFact]
    public void The_timeline_at_each_date_shows_what_as_of_that_date_exports()
    {
        var graph = SeedGraph.Data;
        var doc = XDocument.Parse(GexfWriter.Write(graph));
        var relationEdges = doc.Descendants(G + "edge").Where(e => e.Attribute("label")!.Value is not ("party" or "mediator")).ToList();
        var dates = graph.Relations.SelectMany(r => new[] { r.When.Start, r.When.End }).OfType<DateOnly>()
            .SelectMany(d => new[] { d.AddDays(-1), d, d.AddDays(1) }).Distinct().Order().ToList();
        Assert.NotEmpty(dates);
        foreach (var date in dates)
        {
            var onTimeline = relationEdges.Count(e => (Date(e, "start") ?? DateOnly.MinValue) <= date && date <= (Date(e, "end") ?? DateOnly.MaxValue));
            var asOf = ActorGraph.Export.View.ExportView.Create(graph, new ExportOptions { AsOf = date }).Relations.Length;
            Assert.True(asOf == onTimeline, $"{date:yyyy-MM-dd}: timeline {onTimeline}, as-of {asOf}");
        }
    }

    [SkippableFact]
    public void Comma_decimal_culture_and_load_order_give_identical_bytes()
    {
        var graph = SampleGraphs.Small();
        var invariant = GexfWriter.Write(graph);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal(invariant, GexfWriter.Write(SampleGraphs.Shuffled(graph, 3)));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
        Assert.Contains("weight=\"0.8\"", invariant, StringComparison.Ordinal);
    }

    private static DateOnly? Date(XElement element, string attribute) =>
        element.Attribute(attribute) is { } a ? DateOnly.ParseExact(a.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static void AssertTyped(string type, string value)
    {
        switch (type)
        {
            case "integer": Assert.True(int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), value); break;
            case "double": Assert.True(double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _), value); break;
            case "boolean": Assert.Contains(value, new[] { "true", "false" }); break;
            case "string": break;
            default: Assert.Fail("undeclared type " + type); break;
        }
    }
}
