namespace ActorGraph.Analysis.Clusters;

/// <summary>The gain of the signed modularity objective (see <see cref="ClusterOptions"/>) when a node
/// with degrees (kp, kn) joins a community with totals (Kp, Kn) to which it has tie strengths (wp, wn).</summary>
/// <param name="PosScale">γ / 2m⁺, or 0 when there are no cooperative ties.</param>
/// <param name="NegScale">γ / 2m⁻, or 0 when there are no hostile ties.</param>
/// <param name="HostileWeight">λ.</param>
internal readonly record struct Objective(double PosScale, double NegScale, double HostileWeight)
{
    public static Objective For(SignedGraph graph, ClusterOptions options) => new(
        graph.TotalPositiveDegree > 0 ? options.Resolution / graph.TotalPositiveDegree : 0,
        graph.TotalNegativeDegree > 0 ? options.Resolution / graph.TotalNegativeDegree : 0,
        options.HostileWeight);

    /// <summary>Half the change in H (H counts each pair twice) when the node joins the community.</summary>
    public double Gain(double wp, double wn, double kp, double kn, double totalKp, double totalKn) =>
        wp - PosScale * kp * totalKp - HostileWeight * (wn - NegScale * kn * totalKn);
}
