namespace ActorGraph.Analysis.Clusters;

/// <summary>Ties that contradict a split into clusters: cooperative ties between clusters and hostile
/// ties inside one. A pair with both kinds of tie counts once in each layer, so one of its two ties
/// always contradicts the split.</summary>
/// <param name="Ties">Cooperative plus hostile ties (collapsed pairs).</param>
/// <param name="CooperativeAcross">Cooperative ties between two clusters.</param>
/// <param name="HostileInside">Hostile ties inside one cluster.</param>
/// <param name="TotalStrength">Sum of the strengths of all ties.</param>
/// <param name="ContradictingStrength">Sum of the strengths of the contradicting ties.</param>
public sealed record Frustration(int Ties, int CooperativeAcross, int HostileInside, double TotalStrength, double ContradictingStrength)
{
    /// <summary>Contradicting ties / all ties, in 0..1 (0 for no ties).</summary>
    public double Share => Ties == 0 ? 0 : (double)(CooperativeAcross + HostileInside) / Ties;

    /// <summary>Contradicting strength / total strength, in 0..1 (0 for no ties).</summary>
    public double StrengthShare => TotalStrength <= 0 ? 0 : ContradictingStrength / TotalStrength;
}
