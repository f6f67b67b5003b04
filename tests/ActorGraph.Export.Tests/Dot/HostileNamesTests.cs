using ActorGraph.TestSupport.Rendering;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Tests.Support;
using ActorGraph.Export.Text;

namespace ActorGraph.Export.Tests.Dot;

public class HostileNamesTests
{
    [SkippableTheory]
    [InlineData(GroupMode.Kind)]
    [InlineData(GroupMode.None)]
    public async Task Every_hostile_name_renders_exactly_as_given(GroupMode group)
    {
        var graph = SampleGraphs.Hostile();
        var dot = DotWriter.Write(graph, new ExportOptions { Group = group });
        var svg = await Graphviz.RenderSvgAsync(dot);
        var nodes = Graphviz.NodeTexts(svg);

        foreach (var actor in graph.Actors)
        {
            // Graphviz keeps the escaped backslash of a quoted id as two characters (\\): ids stay distinct.
            var title = "a:" + actor.Id.Replace("\\", "\\\\", StringComparison.Ordinal);
            Assert.True(nodes.TryGetValue(title, out var lines), $"node for {actor.Id} missing");
            var expected = TextCleaner.Clean(actor.Name).Split('\n').Select(l => l.Trim()).ToList();
            Assert.Equal(expected, lines!.Select(l => l.Trim()).ToList());
        }
        // The process and its quoted, braced, backslashed name.
        Assert.Equal(["Talks \"قطر\" {x}\\", "ongoing, 2024-11-01"], nodes["p:p \"1\""]);
        // No extra nodes were invented from broken quoting.
        Assert.Equal(graph.Actors.Length + 1, nodes.Keys.Count(k => !k.StartsWith("legend:", StringComparison.Ordinal)));
        // Tooltips (descriptions) survive too.
        var tooltips = Graphviz.Tooltips(svg);
        Assert.Contains(tooltips, t => t.Contains("desc: back\\slash\\", StringComparison.Ordinal));
        Assert.Contains(tooltips, t => t.Contains("desc: AT&T &amp; &lt;not a tag&gt;", StringComparison.Ordinal));
    }
}
