using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Gould-Fernandez (1989) roles for one broker between two sides, with the same role rule as
/// <see cref="BrokerageCounter.RoleOf"/>.</summary>
public static class BrokerRoles
{
    /// <summary>The role of broker <paramref name="broker"/> between <paramref name="a"/> and <paramref name="b"/> given
    /// their groups. Mediation flows both ways, so a broker sharing a group with exactly one side is both that side's
    /// gatekeeper (for what comes in) and its representative (for what goes out): "gatekeeper-representative".</summary>
    public static (string Role, string Basis) Of(int a, int broker, int b, string aName, string bName) =>
        BrokerageCounter.RoleOf(a, broker, b) switch
        {
            BrokerageRole.Coordinator => ("coordinator", "all three in one cluster"),
            BrokerageRole.Itinerant => ("itinerant", "both sides in one cluster, the broker outside it"),
            BrokerageRole.Representative => ("gatekeeper-representative", $"in {aName}'s cluster"),
            BrokerageRole.Gatekeeper => ("gatekeeper-representative", $"in {bName}'s cluster"),
            _ => ("liaison", "the broker and each side in three different clusters"),
        };

    /// <summary>Actor id → cluster number from a cluster report, for <see cref="MediatorQuery.Partition"/>.</summary>
    public static IReadOnlyDictionary<string, int> PartitionOf(ClusterReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var partition = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cluster in report.Clusters)
        {
            foreach (var member in cluster.Members) partition[member] = cluster.Number;
        }
        return partition;
    }
}
