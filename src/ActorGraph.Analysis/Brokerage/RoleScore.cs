namespace ActorGraph.Analysis.Brokerage;

/// <summary>How often an actor brokers in one role, against what chance would give.</summary>
/// <param name="Role">The role.</param>
/// <param name="Count">Chains A→B→C (no A→C tie) in which the actor is B in this role.</param>
/// <param name="Expected">Expected count when the other actors' clusters are shuffled (sizes kept).</param>
/// <param name="Z">(Count − Expected) / standard deviation under the same null; null when the deviation is 0.</param>
public sealed record RoleScore(BrokerageRole Role, long Count, double Expected, double? Z);
