using ActorGraph.TestSupport.Rendering;
using System.Xml.Linq;
using ActorGraph.Export;
using ActorGraph.Export.Dot;
using ActorGraph.Export.GraphMl;
using ActorGraph.Hosting.Exports;
using ActorGraph.Hosting.Tests.Support;
using Snapshooter.Xunit;

namespace ActorGraph.Hosting.Tests.Exports;

/// <summary>A focus computed by <see cref="MediationFocus"/> as the exports draw and list it: the writers themselves are
/// tested in ActorGraph.Export.Tests with focus records written out by hand.</summary>
public class FocusExportTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [SkippableFact]
    public async Task Seed_focus_on_hamas_and_israel_matches_the_snapshot_and_renders()
    {
        var focus = MediationFocus.Build(SeedGraph.Data, "hamas", "israel");
        var dot = DotWriter.Write(SeedGraph.Data, new ExportOptions { Focus = focus });
        Snapshot.Match(dot);
        await Graphviz.RenderSvgAsync(dot);
    }

    [SkippableFact]
    public async Task Hostile_names_render_with_sfdp_and_in_a_focus()
    {
        var graph = SampleGraphs.Hostile();
        var a = graph.Actors[8].Id;
        var b = graph.Actors[10].Id;
        var focus = MediationFocus.Build(graph, a, b);
        var dot = DotWriter.Write(graph, new ExportOptions { Focus = focus, Layout = LayoutEngine.Sfdp });
        var nodes = Graphviz.NodeIds(await Graphviz.RenderSvgAsync(dot, LayoutEngine.Sfdp));
        Assert.Contains("a:" + a, nodes);
        Assert.Contains("a:" + graph.Actors[0].Id, nodes); // a mediator of their process
    }

    [Fact]
    public void Focus_roles_are_exported_to_graphml_with_a_declared_key()
    {
        var graph = SampleGraphs.Small();
        var focus = MediationFocus.Build(graph, "north", "south");
        var doc = XDocument.Parse(GraphMlWriter.Write(graph, new ExportOptions { Focus = focus }));
        Assert.Single(doc.Root!.Elements(G + "key"), k => (string)k.Attribute("id")! == "n_focus");
        var roles = doc.Descendants(G + "node").Where(n => Data(n, "n_type") == "actor").ToDictionary(n => Data(n, "n_id")!, n => Data(n, "n_focus"));
        Assert.Equal("endpoint", roles["north"]);
        Assert.Equal("endpoint", roles["south"]);
        Assert.Equal("mediator", roles["east"]);
        Assert.Equal("mediator", roles["league"]); // mediator of the old (collapsed) talks: history is part of the focus
        Assert.DoesNotContain("envoy", roles.Keys); // not in focus, left out
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => (string)d.Attribute("key")! == key)?.Value;
}
