using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;
using ActorGraph.Hosting.Exports;

namespace ActorGraph.Cli.Commands.Export;

/// <summary>Where <c>--group cluster</c> and the exported cluster lists get their cluster assignment.</summary>
internal static class ClusterSource
{
    /// <summary>The default of <c>--group</c>.</summary>
    public const string DefaultGroup = "cluster";

    /// <summary>Above this many actors drawn, <c>export dot</c> groups by kind unless <c>--group cluster</c> is given.</summary>
    public const int DefaultLimit = ExportViews.ClusterGroupLimit;

    /// <summary>The influence cluster of each actor at the as-of date (clusters of two or more actors).</summary>
    public static IReadOnlyDictionary<string, int> Compute(ActorGraphData graph, DateOnly? asOf, CliContext context)
    {
        var clusters = InfluenceClusters.Compute(graph, asOf);
        if (clusters.Count == 0) context.Error.WriteLine("note: no cluster of two or more actors; nothing is boxed");
        return clusters;
    }
}
