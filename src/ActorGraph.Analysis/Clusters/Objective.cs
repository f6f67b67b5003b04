namespace ActorGraph.Analysis.Clusters;

/// <summary>The gain of the clustering objective (see <see cref="ClusterOptions"/>) when a node with
/// cooperative degree kp joins a community with cooperative degree total Kp, to which it has
/// cooperative strength wp and hostile strength wn.</summary>
/// <param name="PosScale">γ / 2m⁺, or 0 when there are no cooperative ties.</param>
/// <param name="HostileWeight">λ.</param>
internal readonly record struct Objective(double PosScale, double HostileWeight)
{
    public static Objective For(SignedGraph graph, ClusterOptions options) => new(
        graph.TotalPositiveDegree > 0 ? options.Resolution / graph.TotalPositiveDegree : 0,
        options.HostileWeight);

    /// <summary>Half the change in H (H counts each pair twice) when the node joins the community.</summary>
    public double Gain(double wp, double wn, double kp, double totalKp) =>
        wp - PosScale * kp * totalKp - HostileWeight * wn;
}
