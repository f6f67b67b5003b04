using System.Xml.Linq;
using ActorGraph.Export;
using ActorGraph.Export.Rendering;

namespace ActorGraph.Hosting.Tests.Support;

/// <summary>Renders an export's DOT with the real Graphviz (installed by .ci/install.d/graphviz.sh) through the
/// product's renderer, and fails the test when Graphviz rejects it.</summary>
internal static class SvgRendering
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static async Task<XDocument> RenderAsync(string dot, LayoutEngine engine = LayoutEngine.Dot)
    {
        RequiredTools.Graphviz();
        var path = Path.Combine(Path.GetTempPath(), "actorgraph-hosting-test-" + Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            var result = await new GraphvizRenderer(timeout: TimeSpan.FromMinutes(1)).RenderAsync(dot, engine, RenderFormat.Svg, path);
            Assert.True(result is RenderResult.Rendered, "Graphviz did not render the DOT: " + result.Describe());
            return XDocument.Load(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The ids (titles) of the drawn nodes.</summary>
    public static IReadOnlyList<string> NodeIds(XDocument svg) =>
        [.. svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "node").Select(g => g.Element(Svg + "title")!.Value)];

    /// <summary>How many group boxes (Graphviz clusters) are drawn.</summary>
    public static int Boxes(XDocument svg) => svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "cluster");
}
