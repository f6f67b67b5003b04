using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Mediation;

/// <summary>The brokerage role of one mediator between two sides, in the vocabulary of <see cref="BrokerageRoles"/>
/// (the same words and rule as <c>actorgraph brokerage</c>).</summary>
public static class BrokerRoles
{
    /// <summary>The role of <paramref name="broker"/> between <paramref name="a"/> and <paramref name="b"/> given their camps.
    /// Mediation flows both ways, so a broker in exactly one side's camp is that side's representative toward the other
    /// (and its gatekeeper the other way round); the role is named from the side it shares a camp with.</summary>
    public static (string Role, string Basis) Of(int a, int broker, int b, string aName, string bName)
    {
        var role = BrokerageCounter.RoleOf(a, broker, b);
        return role switch
        {
            BrokerageRole.Coordinator => (BrokerageRoles.Name(role), $"in one camp with both {aName} and {bName}"),
            BrokerageRole.Itinerant => (BrokerageRoles.Name(role), $"{aName} and {bName} share a camp; the mediator is outside it"),
            BrokerageRole.Representative => (BrokerageRoles.Name(role), $"in {aName}'s camp: speaks for it toward {bName} (its gatekeeper the other way)"),
            BrokerageRole.Gatekeeper => (BrokerageRoles.Name(BrokerageRole.Representative), $"in {bName}'s camp: speaks for it toward {aName} (its gatekeeper the other way)"),
            _ => (BrokerageRoles.Name(role), $"outside both camps ({aName} and {bName} are in different camps)"),
        };
    }

    /// <summary>Actor id → camp number from a cluster report, for <see cref="MediatorQuery.Partition"/>.</summary>
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
