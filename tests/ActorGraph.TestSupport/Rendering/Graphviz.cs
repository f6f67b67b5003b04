using System.Xml.Linq;
using ActorGraph.Export;
using ActorGraph.Export.Rendering;

namespace ActorGraph.TestSupport.Rendering;

/// <summary>Renders DOT with the real Graphviz <c>dot</c> program (installed by .ci/install.d/graphviz.sh)
/// and fails the test when Graphviz rejects it.</summary>
public static class Graphviz
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>Renders to SVG and returns the parsed document.</summary>
    public static async Task<XDocument> RenderSvgAsync(string dot, LayoutEngine engine = LayoutEngine.Dot)
    {
        RequiredTools.Graphviz();
        var path = Path.Combine(Path.GetTempPath(), "actorgraph-test-" + Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var result = await new GraphvizRenderer(timeout: TimeSpan.FromMinutes(1)).RenderAsync(dot, engine, RenderFormat.Svg, path);
            switch (result)
            {
                case RenderResult.NotInstalled:
                    Assert.Fail("Graphviz 'dot' is not installed; these tests need it (run .ci/install.d/graphviz.sh or apt-get install graphviz)");
                    break;
                case RenderResult.Rendered rendered:
                    Assert.DoesNotContain("Error", rendered.Warnings, StringComparison.Ordinal);
                    break;
                default:
                    Assert.Fail("Graphviz rejected the DOT: " + result.Describe() + "\n" + dot);
                    break;
            }
            return XDocument.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The text lines of every node, keyed by the node's title (its DOT id).</summary>
    public static Dictionary<string, List<string>> NodeTexts(XDocument svg) =>
        svg.Descendants(Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "node")
            .ToDictionary(
                g => g.Element(Svg + "title")!.Value,
                g => g.Descendants(Svg + "text").Select(t => t.Value).ToList(),
                StringComparer.Ordinal);

    /// <summary>The tooltips (xlink:title) of every link in the SVG.</summary>
    public static List<string> Tooltips(XDocument svg)
    {
        XNamespace xlink = "http://www.w3.org/1999/xlink";
        return svg.Descendants(Svg + "a").Select(a => (string?)a.Attribute(xlink + "title")).OfType<string>().ToList();
    }

    /// <summary>The ids (titles) of the drawn nodes.</summary>
    public static IReadOnlyList<string> NodeIds(XDocument svg) =>
        [.. svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => g.Element(Svg + "title")!.Value)];

    /// <summary>How many group boxes (Graphviz clusters) are drawn.</summary>
    public static int Boxes(XDocument svg) => svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "cluster");
}
