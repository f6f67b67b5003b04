using System.Collections.Immutable;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>One node's brokerage: its two-step chains by role. Result of <see cref="BrokerageCounter"/>.</summary>
/// <param name="Node">The broker (an index into the graph's nodes).</param>
/// <param name="Group">The broker's group (cluster).</param>
/// <param name="Chains">All chains A→B→C through it with A ≠ C and no A→C tie (the sum of the role counts).</param>
/// <param name="Roles">One score per <see cref="BrokerageRole"/>, in the enum's order.</param>
public sealed record BrokerScore(int Node, int Group, long Chains, ImmutableArray<RoleScore> Roles)
{
    /// <summary>The score for one role.</summary>
    public RoleScore this[BrokerageRole role] => Roles[(int)role];
}
