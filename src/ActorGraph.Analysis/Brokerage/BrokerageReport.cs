using System.Collections.Immutable;
using ActorGraph.Analysis.Clusters;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>Gould–Fernandez brokerage of every actor (or the one asked for) against the influence clusters.</summary>
/// <param name="Brokers">Actors with at least one chain, most chains first (then by liaison count, then id);
/// or just the actor asked for.</param>
/// <param name="Clusters">The partition the roles are measured against.</param>
/// <param name="NullModel">How expected values and z-scores were computed, in words.</param>
/// <param name="Caution">On a small graph, a warning that z-scores mean little; null otherwise.</param>
public sealed record BrokerageReport(ImmutableArray<ActorBrokerage> Brokers, ClusterReport Clusters, string NullModel, string? Caution = null);
