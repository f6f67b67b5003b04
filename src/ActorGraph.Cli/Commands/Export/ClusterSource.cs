using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Model;

namespace ActorGraph.Cli.Commands.Export;

/// <summary>Where <c>--group cluster</c> gets its cluster assignment.</summary>
internal static class ClusterSource
{
    /// <summary>The default of <c>--group</c>.</summary>
    public const string DefaultGroup = "kind";

    /// <summary>The cluster number of each actor at the as-of date.</summary>
    public static IReadOnlyDictionary<string, int> Compute(ActorGraphData graph, DateOnly? asOf, CliContext context) =>
        throw new CliException("--group cluster needs the clustering analysis, which this build does not have yet; use --group kind", ExitCodes.Unavailable);
}
