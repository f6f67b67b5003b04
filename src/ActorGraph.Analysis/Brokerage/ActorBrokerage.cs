using System.Collections.Immutable;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>One actor's brokerage against the cluster partition.</summary>
/// <param name="ActorId">The broker.</param>
/// <param name="ActorName">Its display name.</param>
/// <param name="Cluster">Its cluster number (1-based, as in the clusters report).</param>
/// <param name="Chains">Chains A→B→C through it (A ≠ C, no A→C cooperative tie), all roles together.</param>
/// <param name="Roles">Count, expected count and z-score per role, in <see cref="BrokerageRole"/> order.</param>
public sealed record ActorBrokerage(string ActorId, string ActorName, int Cluster, long Chains, ImmutableArray<RoleScore> Roles)
{
    /// <summary>The score for one role.</summary>
    public RoleScore this[BrokerageRole role] => Roles[(int)role];
}
