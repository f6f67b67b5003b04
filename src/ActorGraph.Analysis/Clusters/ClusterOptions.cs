namespace ActorGraph.Analysis.Clusters;

/// <summary>Parameters of community detection on a <see cref="SignedGraph"/>.</summary>
/// <remarks>The objective maximised is modularity of the cooperative layer with a penalty for hostile
/// ties inside a cluster: <c>H = Σ_ij [A⁺_ij − γ k⁺_i k⁺_j / 2m⁺ − λ A⁻_ij] δ(c_i, c_j)</c>, where A⁺/A⁻
/// are the cooperative/hostile strengths, k⁺ the cooperative degrees, m⁺ the total cooperative strength,
/// γ <see cref="Resolution"/> and λ <see cref="HostileWeight"/>. It is Traag and Bruggeman's (2009)
/// signed modularity without the null-model term for the hostile layer: that term would reward putting
/// two actors with many enemies in one cluster whether or not they are allies, which reads badly for
/// camps. With λ = 0 (or no hostile ties) H is ordinary modularity with resolution γ, the objective of
/// igraph's community_leiden(objective_function="modularity") and community_multilevel.</remarks>
public sealed record ClusterOptions
{
    /// <summary>Leiden (default) or Louvain.</summary>
    public ClusterAlgorithm Algorithm { get; init; } = ClusterAlgorithm.Leiden;

    /// <summary>Random seed: the same seed on the same graph gives the same clusters.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Resolution γ &gt; 0: higher gives more, smaller clusters. 1 is standard modularity.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>λ ≥ 0: how much a hostile tie inside a cluster counts against it, relative to a
    /// cooperative tie of the same strength counting for it. 0 ignores hostility.</summary>
    public double HostileWeight { get; init; } = 1.0;

    /// <summary>How many full passes (local moving, refinement, aggregation until nothing moves) to run;
    /// null runs passes until one changes nothing (at most <see cref="MaxIterations"/>).
    /// igraph's <c>n_iterations</c> means the same.</summary>
    public int? Iterations { get; init; }

    /// <summary>Cap on passes when <see cref="Iterations"/> is null.</summary>
    public const int MaxIterations = 10;

    /// <summary>Leiden's refinement randomness θ &gt; 0: a node joins a refined sub-cluster with
    /// probability proportional to exp(gain/θ). Gains are in strength units; 0.01 is nearly greedy.</summary>
    public double Randomness { get; init; } = 0.01;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a parameter is out of range.</summary>
    public void Validate()
    {
        if (!double.IsFinite(Resolution) || Resolution <= 0)
            throw new ArgumentOutOfRangeException(nameof(Resolution), Resolution, "resolution must be a positive number");
        if (!double.IsFinite(HostileWeight) || HostileWeight < 0)
            throw new ArgumentOutOfRangeException(nameof(HostileWeight), HostileWeight, "hostile weight must be zero or positive");
        if (Iterations is < 1)
            throw new ArgumentOutOfRangeException(nameof(Iterations), Iterations, "iterations must be at least 1");
        if (!double.IsFinite(Randomness) || Randomness <= 0)
            throw new ArgumentOutOfRangeException(nameof(Randomness), Randomness, "randomness must be a positive number");
        if (!Enum.IsDefined(Algorithm))
            throw new ArgumentOutOfRangeException(nameof(Algorithm), Algorithm, "unknown algorithm");
    }
}
