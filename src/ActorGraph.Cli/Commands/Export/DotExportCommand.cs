using System.CommandLine;
using System.Globalization;
using ActorGraph.Cli.Infrastructure;
using ActorGraph.Export;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Rendering;
using ActorGraph.Export.View;
using ActorGraph.Hosting.Exports;

namespace ActorGraph.Cli.Commands.Export;

/// <summary><c>actorgraph export dot</c>: Graphviz DOT, optionally rendered to SVG, PNG or PDF.</summary>
internal static class DotExportCommand
{
    /// <summary>Environment variable naming the Graphviz <c>dot</c> program (default: <c>dot</c> on PATH).</summary>
    public const string DotProgramVariable = "ACTORGRAPH_DOT";

    public static Command Build(CliContext context)
    {
        var inputs = new ExportInputs();
        var group = new Option<string>("--group")
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"Box actors by influence cluster, by kind (states, armed groups...), or not at all. Default: cluster (kind above {ClusterSource.DefaultLimit:N0} actors, where clustering is slow)."),
            DefaultValueFactory = _ => ClusterSource.DefaultGroup,
            HelpName = "cluster|kind|none",
        };
        group.AcceptOnlyFromAmong("cluster", "kind", "none");
        var layout = new Option<string?>("--layout")
        {
            Description = $"Graphviz layout: dot (hierarchical; small graphs), neato, fdp, circo, or sfdp (large graphs). " +
                $"Default: dot up to {LayoutAdvisor.DotLimit} nodes, sfdp beyond.",
            HelpName = "dot|neato|sfdp",
        };
        layout.AcceptOnlyFromAmong("dot", "neato", "fdp", "sfdp", "circo");
        var render = new Option<string?>("--render")
        {
            Description = "Run Graphviz and write a picture to --out instead of DOT text (needs Graphviz installed).",
            HelpName = "svg|png|pdf",
        };
        render.AcceptOnlyFromAmong("svg", "png", "pdf");
        var timeout = new Option<int>("--timeout")
        {
            Description = "With --render: stop Graphviz after this many seconds.",
            DefaultValueFactory = _ => 120,
            HelpName = "SECONDS",
        };
        var noLegend = new Option<bool>("--no-legend") { Description = "Leave out the legend." };

        var command = new Command("dot",
            "Writes the graph as Graphviz DOT: actors shaped by kind and boxed by cluster or kind; cooperative,\n" +
            "coercive, hostile, structural and mediation ties styled apart, labelled with kind and date;\n" +
            "mediation processes as their own nodes joined to parties and mediators; and a legend.\n\n" +
            "Examples:\n  actorgraph export dot --out graph.dot\n" +
            "  actorgraph export dot --focus Hamas Israel --render svg --out gaza.svg\n" +
            "  actorgraph export dot --as-of 2024-12-01 --group kind --layout sfdp --render pdf --out all.pdf");
        inputs.AddTo(command);
        command.Options.Add(group);
        command.Options.Add(layout);
        command.Options.Add(render);
        command.Options.Add(timeout);
        command.Options.Add(noLegend);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var renderFormat = parse.GetValue(render) is { } r ? Enum.Parse<RenderFormat>(r, ignoreCase: true) : (RenderFormat?)null;
            var outPath = parse.GetValue(inputs.Out);
            if (renderFormat is { } rf && outPath is null)
                throw new CliException($"--render {parse.GetValue(render)} writes a file: add --out FILE (e.g. --out graph{GraphvizRenderer.ExtensionOf(rf)})", ExitCodes.Usage);
            var seconds = parse.GetValue(timeout);
            if (seconds < 1) throw new CliException($"--timeout must be at least 1 second, not {seconds}", ExitCodes.Usage);

            var (graph, options) = await inputs.ResolveAsync(parse, context, cancellationToken);
            var groupMode = parse.GetValue(group) switch { "cluster" => GroupMode.Cluster, "none" => GroupMode.None, _ => GroupMode.Kind };
            var groupImplicit = parse.GetResult(group) is null or { Implicit: true };
            if (groupMode == GroupMode.Cluster && groupImplicit && ExportViews.TooLargeToCluster(graph.Data, options))
            {
                // Clustering a very large graph takes longer than drawing it, and sfdp does not box clusters well anyway.
                groupMode = GroupMode.Kind;
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"note: more than {ClusterSource.DefaultLimit:N0} actors: grouping by kind; pass --group cluster to compute influence clusters"));
            }
            options = options with { Group = groupMode, Legend = !parse.GetValue(noLegend) };
            if (groupMode == GroupMode.Cluster)
                options = options with { Clusters = ClusterSource.Compute(graph.Data, options.AsOf, context) };

            // Size decides the layout, so look at what will be drawn first.
            LayoutEngine? requested = parse.GetValue(layout) is { } l ? Enum.Parse<LayoutEngine>(l, ignoreCase: true) : null;
            var nodes = ExportViews.NodeCount(graph.Data, options);
            var advice = ExportViews.Layout(nodes, requested);
            if (advice.Warning is not null) context.Error.WriteLine(advice.Warning);
            else if (requested is null && advice.Engine != LayoutEngine.Dot)
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"note: {nodes} nodes: using the '{DotWriter.EngineName(advice.Engine)}' layout ('dot' is slow past {LayoutAdvisor.DotLimit}); pass --layout to choose"));
            var view = ExportView.Create(graph.Data, options with { Layout = advice.Engine });

            if (renderFormat is not { } format)
            {
                ExportInputs.WriteOutput(outPath, context, writer => DotWriter.Write(view, writer));
                return ExitCodes.Ok;
            }
            var program = context.GetEnvironmentVariable(DotProgramVariable) ?? "dot";
            var renderer = new GraphvizRenderer(program, TimeSpan.FromSeconds(seconds));
            var result = await renderer.RenderAsync(writer => DotWriter.Write(view, writer), advice.Engine, format, Path.GetFullPath(outPath!), cancellationToken);
            switch (result)
            {
                case RenderResult.Rendered rendered:
                    if (!string.IsNullOrWhiteSpace(rendered.Warnings)) context.Error.Write(rendered.Warnings);
                    context.Error.WriteLine(result.Describe());
                    return ExitCodes.Ok;
                case RenderResult.NotInstalled:
                    throw new CliException(result.Describe(), ExitCodes.Unavailable);
                default:
                    throw new CliException(result.Describe(), ExitCodes.Internal);
            }
        });
        return command;
    }
}
