using ActorGraph.Core.Model;
using ActorGraph.Export;
using ActorGraph.Export.Dot;
using ActorGraph.Export.View;
using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Exports;

/// <summary>The rules that turn an export request into <see cref="ExportOptions"/>, the same for
/// <c>actorgraph export</c> and <c>GET /api/export</c>: the focus on two actors (their mediators and the
/// paths between them), the layout chosen from the size of what is drawn, and when clusters are boxed.</summary>
public static class ExportViews
{
    /// <summary>Above this many drawn actors, grouping falls back from clusters to kinds unless clusters are asked
    /// for explicitly: clustering a very large graph takes longer than drawing it.</summary>
    public const int ClusterGroupLimit = 20_000;

    /// <summary>Options for the graph at <paramref name="asOf"/>, focused on two actor ids when both are given.</summary>
    public static ExportOptions Create(LoadedGraph graph, DateOnly? asOf, string? focusA = null, string? focusB = null, bool showContext = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var options = new ExportOptions { AsOf = asOf };
        if (focusA is null || focusB is null) return options;
        return options with { Focus = MediationFocus.Build(graph.Data, focusA, focusB, asOf) with { ShowContext = showContext } };
    }

    /// <summary>How many nodes (actors and processes) a drawing with <paramref name="options"/> has.</summary>
    public static int NodeCount(ActorGraphData graph, ExportOptions options)
    {
        var view = ExportView.Create(graph, options);
        return view.Actors.Length + view.Processes.Length;
    }

    /// <summary>True when boxing clusters is not worth it by default (more than <see cref="ClusterGroupLimit"/> actors drawn).</summary>
    public static bool TooLargeToCluster(ActorGraphData graph, ExportOptions options) =>
        ExportView.Create(graph, options).Actors.Length > ClusterGroupLimit;

    /// <summary>The layout for <paramref name="nodes"/> nodes: <paramref name="requested"/> when given (with a warning
    /// when it will be slow), else hierarchical 'dot' for small drawings and sfdp beyond (see docs/export.md).</summary>
    public static LayoutAdvice Layout(int nodes, LayoutEngine? requested = null) => LayoutAdvisor.Advise(requested, nodes);

    /// <summary><paramref name="options"/> with the layout chosen from the size of the drawing.</summary>
    public static ExportOptions WithLayout(ActorGraphData graph, ExportOptions options) =>
        options with { Layout = Layout(NodeCount(graph, options)).Engine };
}
