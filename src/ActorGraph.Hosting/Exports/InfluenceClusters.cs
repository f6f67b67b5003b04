using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Hosting.Exports;

/// <summary>The cluster assignment exports draw and list: influence clusters from <see cref="ClusterAnalysis"/>
/// (Leiden on the cooperative layer, hostile ties counting against a cluster), numbered as
/// <c>actorgraph clusters</c> numbers them (1 = the largest).</summary>
public static class InfluenceClusters
{
    /// <summary>Cluster number per actor id, for clusters of two or more actors; actors in a cluster of their
    /// own are left out, so drawings do not box every isolated actor. Deterministic (seeded).
    /// Cost: that of <see cref="ClusterAnalysis.Run"/>, O(E log V).</summary>
    public static IReadOnlyDictionary<string, int> Compute(ActorGraphData graph, DateOnly? asOf = null, ClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var report = ClusterAnalysis.Run(graph, options, new ProjectionOptions(AsOf: asOf));
        var assignment = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cluster in report.Clusters)
        {
            if (cluster.Size < 2) continue;
            foreach (var member in cluster.Members) assignment[member] = cluster.Number;
        }
        return assignment;
    }
}
