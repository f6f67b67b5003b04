using ActorGraph.TestSupport.Rendering;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ActorGraph.Core.Model;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Tests.Support;
using Snapshooter.Xunit;

namespace ActorGraph.Export.Tests.Dot;

/// <summary>Processes drawn as past by their dates against the view's date (not by their status word),
/// and groups in every layout: boxes only where the layout keeps them apart (dot, fdp), never overlapping
/// and never holding another group's actor; elsewhere the legend names the groups by fill colour.
/// Rendered by the real Graphviz.</summary>
public partial class ProcessTimeAndGroupTests
{
    /// <summary>Three processes between the same sides: "agreed" but over by mid-2024, "ongoing" with no end,
    /// and "ended" with no dates. The record's latest date is 2024-12-01.</summary>
    private static ActorGraphData Timed()
    {
        Actor[] actors = [new("north", "Northland", ActorKind.State, []), new("south", "Southland", ActorKind.State, []), new("east", "Eastland", ActorKind.State, [])];
        MediationProcess[] processes =
        [
            new("truce", "Spring truce", ["north", "south"], ["east"], [], ProcessStatus.Agreed, new DateRange(new DateOnly(2024, 3, 1), new DateOnly(2024, 6, 30)), [], []),
            new("talks", "Autumn talks", ["north", "south"], ["east"], [], ProcessStatus.Ongoing, new DateRange(new DateOnly(2024, 10, 1), null), [], []),
            new("undated", "Talks of old", ["north", "south"], ["east"], [], ProcessStatus.Ended, default, [], []),
        ];
        return new ActorGraphData(actors, [SampleGraphs.Rel("war", "north", "south", RelationVocabulary.ArmedConflict, 1, SampleGraphs.On(2024, 12, 1))], processes, []);
    }

    [SkippableFact]
    public async Task A_process_whose_end_is_before_the_views_date_is_drawn_past_whatever_its_status_word()
    {
        var dot = DotWriter.Write(Timed());
        Snapshot.Match(dot);
        Assert.Matches(ProcessLine("truce", past: true), dot);   // agreed, but over by 2024-12-01
        Assert.Matches(ProcessLine("talks", past: false), dot);  // ongoing
        Assert.Matches(ProcessLine("undated", past: true), dot); // no dates: its status says it ended
        Assert.Contains("mediation process (hexagon; dashed: over by 2024-12-01)", dot, StringComparison.Ordinal);

        // As of 2024-05-01 the truce held: drawn live.
        var then = DotWriter.Write(Timed(), new ExportOptions { AsOf = new DateOnly(2024, 5, 1) });
        Assert.Matches(ProcessLine("truce", past: false), then);
        Assert.DoesNotContain("\"p:talks\"", then, StringComparison.Ordinal); // not yet begun
        await Graphviz.RenderSvgAsync(dot);
    }

    private static Regex ProcessLine(string id, bool past) =>
        new($"\"p:{id}\" \\[[^\\n]*{(past ? "style=\"filled,dashed\"" : "fillcolor=\"[^\"]+\"\\];")}");

    public static TheoryData<LayoutEngine, int> Layouts()
    {
        var data = new TheoryData<LayoutEngine, int>();
        foreach (var engine in Enum.GetValues<LayoutEngine>())
            foreach (var seed in new[] { 1, 2 })
                data.Add(engine, seed);
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Layouts))]
    public async Task Group_boxes_never_overlap_or_hold_another_groups_actor_in_any_layout(LayoutEngine engine, int seed)
    {
        var graph = RandomGraph.Create(40, seed);
        var clusters = Camps.Of(graph);
        var dot = DotWriter.Write(graph, new ExportOptions { Layout = engine, Group = GroupMode.Cluster, Clusters = clusters });
        var svg = await Graphviz.RenderSvgAsync(dot, engine);
        var boxes = svg.Descendants(Graphviz.Svg + "g").Where(g => (string?)g.Attribute("class") == "cluster")
            .ToDictionary(g => g.Element(Graphviz.Svg + "title")!.Value, g => Box(g.Descendants().First(e => e.Name.LocalName is "path" or "polygon")));
        var groups = clusters.Values.Distinct().Count();
        Assert.True(groups >= 2, $"the fixture has {groups} group(s); the test needs boxes side by side");
        if (!DotWriter.DrawsGroupBoxes(engine))
        {
            Assert.Empty(boxes);
            // The legend says why, and names each cluster with its fill colour.
            Assert.Contains("keeps no groups apart", dot, StringComparison.Ordinal);
            Assert.Equal(groups, Regex.Matches(dot, "&#9608;&#9608;</FONT>").Count);
            return;
        }
        Assert.Equal(groups, boxes.Count);
        var names = boxes.Keys.ToList();
        for (var i = 0; i < names.Count; i++)
            for (var j = i + 1; j < names.Count; j++)
                Assert.False(Overlap(boxes[names[i]], boxes[names[j]]), $"{engine}: boxes {names[i]} and {names[j]} overlap");
        foreach (var node in svg.Descendants(Graphviz.Svg + "g").Where(g => (string?)g.Attribute("class") == "node"))
        {
            var id = node.Element(Graphviz.Svg + "title")!.Value;
            if (!id.StartsWith("a:", StringComparison.Ordinal)) continue;
            var centre = Centre(Box(node.Descendants().First(e => e.Name.LocalName is "ellipse" or "polygon" or "path")));
            var own = clusters.TryGetValue(id[2..], out var c) ? "cluster_c" + c.ToString(CultureInfo.InvariantCulture) : "";
            foreach (var (name, box) in boxes)
                Assert.False(name != own && Inside(centre, box), $"{engine}: {id} of {own} lies inside {name}");
        }
    }

    private static (double X1, double Y1, double X2, double Y2) Box(XElement shape)
    {
        var values = shape.Name.LocalName == "ellipse"
            ? [Number(shape, "cx") - Number(shape, "rx"), Number(shape, "cy") - Number(shape, "ry"), Number(shape, "cx") + Number(shape, "rx"), Number(shape, "cy") + Number(shape, "ry")]
            : Numbers().Matches((string?)shape.Attribute("points") ?? (string)shape.Attribute("d")!).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        var xs = values.Where((_, i) => i % 2 == 0).ToList();
        var ys = values.Where((_, i) => i % 2 == 1).ToList();
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    private static double Number(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    private static bool Overlap((double X1, double Y1, double X2, double Y2) a, (double X1, double Y1, double X2, double Y2) b) =>
        a.X1 < b.X2 && b.X1 < a.X2 && a.Y1 < b.Y2 && b.Y1 < a.Y2;

    private static (double X, double Y) Centre((double X1, double Y1, double X2, double Y2) b) => ((b.X1 + b.X2) / 2, (b.Y1 + b.Y2) / 2);

    private static bool Inside((double X, double Y) p, (double X1, double Y1, double X2, double Y2) b) => b.X1 < p.X && p.X < b.X2 && b.Y1 < p.Y && p.Y < b.Y2;

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex Numbers();
}
