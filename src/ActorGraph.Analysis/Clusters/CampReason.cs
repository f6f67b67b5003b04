using System.Collections.Immutable;

namespace ActorGraph.Analysis.Clusters;

/// <summary>Why an actor is in its camp: the alignment ties that put it there and the opposition ties that keep it
/// apart from others.</summary>
/// <param name="ActorId">The actor.</param>
/// <param name="Cluster">Its camp's number (1-based, as in <see cref="ClusterReport.Clusters"/>).</param>
/// <param name="AlignedWith">Its alignment ties (supports, cooperates, allied, leads, part-of, member-of), strongest first.</param>
/// <param name="OpposedTo">Its opposition ties (hostility, ceasefires, sanctions, threats, co-parties of a process), strongest first.</param>
/// <param name="Summary">One sentence: "with Israel: Benjamin Netanyahu leads it; opposed to Hamas (armed-conflict, co-party)".</param>
public sealed record CampReason(string ActorId, int Cluster, ImmutableArray<CampTie> AlignedWith, ImmutableArray<CampTie> OpposedTo, string Summary);
