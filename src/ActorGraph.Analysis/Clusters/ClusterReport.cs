using System.Collections.Immutable;

namespace ActorGraph.Analysis.Clusters;

/// <summary>The influence clusters of an actor graph and how well they fit it.</summary>
/// <param name="Clusters">Every actor in exactly one cluster, largest first; isolated actors are singletons.</param>
/// <param name="ClusterOfActor">Index into <see cref="Clusters"/> per actor, in <c>data.Actors</c> order.</param>
/// <param name="Modularity">Newman modularity of the alignment layer (γ = 1), comparable with igraph's <c>modularity()</c>.</param>
/// <param name="SignedModularity">The objective actually maximised, with the run's γ and λ: modularity minus λ × hostile strength inside clusters / m⁺.</param>
/// <param name="Frustration">Ties that contradict the split.</param>
/// <param name="Actors">Number of actors.</param>
/// <param name="CooperativeTies">Cooperative ties (collapsed undirected pairs) in the projection.</param>
/// <param name="HostileTies">Hostile ties (collapsed undirected pairs) in the projection.</param>
/// <param name="Singletons">Clusters of one actor (isolated, or with no tie worth joining).</param>
/// <param name="WeakComponents">Weakly connected components of the cooperative layer.</param>
/// <param name="StrongComponents">Strongly connected components of the cooperative layer, directed kinds kept directed.</param>
/// <param name="Options">The parameters of the run (seed, resolution, hostile weight, algorithm).</param>
/// <param name="AsOf">The as-of date, or null for all dates.</param>
/// <param name="Reasons">Why each actor is in its camp, in <c>data.Actors</c> order.</param>
public sealed record ClusterReport(
    ImmutableArray<ActorCluster> Clusters,
    ImmutableArray<int> ClusterOfActor,
    double Modularity,
    double SignedModularity,
    Frustration Frustration,
    int Actors,
    int CooperativeTies,
    int HostileTies,
    int Singletons,
    int WeakComponents,
    int StrongComponents,
    ClusterOptions Options,
    DateOnly? AsOf,
    ImmutableArray<CampReason> Reasons);
