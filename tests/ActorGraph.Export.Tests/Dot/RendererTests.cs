using ActorGraph.TestSupport;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Rendering;
using ActorGraph.Export.Tests.Support;

namespace ActorGraph.Export.Tests.Dot;

public sealed class RendererTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("actorgraph-render-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableTheory]
    [InlineData(RenderFormat.Svg, "<svg")]
    [InlineData(RenderFormat.Png, "\u0089PNG")]
    [InlineData(RenderFormat.Pdf, "%PDF")]
    public async Task Renders_each_format(RenderFormat format, string magic)
    {
        RequiredTools.Graphviz();
        var path = Path.Combine(_dir, "graph" + GraphvizRenderer.ExtensionOf(format));
        var result = await new GraphvizRenderer().RenderAsync(DotWriter.Write(SampleGraphs.Small()), LayoutEngine.Dot, format, path);
        Assert.IsType<RenderResult.Rendered>(result);
        var head = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path).AsSpan(0, 400));
        Assert.Contains(magic, head, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_missing_program_says_how_to_install_graphviz()
    {
        var result = await new GraphvizRenderer("/nonexistent/graphviz/dot").RenderAsync("digraph {}", LayoutEngine.Dot, RenderFormat.Svg, Path.Combine(_dir, "x.svg"));
        var missing = Assert.IsType<RenderResult.NotInstalled>(result);
        Assert.Equal("/nonexistent/graphviz/dot", missing.Program);
        Assert.Contains("apt-get install graphviz", result.Describe(), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Invalid_dot_is_a_failure_with_graphviz_message()
    {
        RequiredTools.Graphviz();
        var result = await new GraphvizRenderer().RenderAsync("digraph { a -> }", LayoutEngine.Dot, RenderFormat.Svg, Path.Combine(_dir, "x.svg"));
        var failed = Assert.IsType<RenderResult.Failed>(result);
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Contains("syntax error", failed.Errors, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_layout_that_runs_too_long_is_stopped()
    {
        if (OperatingSystem.IsWindows()) return; // the stand-in program is a shell script
        var script = Path.Combine(_dir, "slow-dot");
        File.WriteAllText(script, "#!/bin/sh\nexec sleep 30\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var result = await new GraphvizRenderer(script, TimeSpan.FromMilliseconds(300))
            .RenderAsync("digraph {}", LayoutEngine.Dot, RenderFormat.Svg, Path.Combine(_dir, "x.svg"));
        Assert.IsType<RenderResult.TimedOut>(result);
        Assert.Contains("--layout sfdp", result.Describe(), StringComparison.Ordinal);
    }
}
