using System.Collections.Immutable;

namespace ActorGraph.Analysis.Clusters;

/// <summary>One influence cluster: actors drawn together by cooperative ties.</summary>
/// <param name="Number">1-based, largest cluster first.</param>
/// <param name="Members">Actor ids, the most strongly tied inside the cluster first (then load order).</param>
/// <param name="CooperativeTiesInside">Cooperative ties (collapsed pairs) between members.</param>
/// <param name="CooperativeStrengthInside">Their summed strength.</param>
/// <param name="HostileTiesInside">Hostile ties between members: ties that contradict the cluster.</param>
/// <param name="CooperativeTiesOutward">Cooperative ties from members to actors in other clusters.</param>
public sealed record ActorCluster(
    int Number,
    ImmutableArray<string> Members,
    int CooperativeTiesInside,
    double CooperativeStrengthInside,
    int HostileTiesInside,
    int CooperativeTiesOutward)
{
    /// <summary>Number of members.</summary>
    public int Size => Members.Length;
}
