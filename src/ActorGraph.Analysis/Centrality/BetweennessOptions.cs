namespace ActorGraph.Analysis.Centrality;

/// <summary>Options for <see cref="Betweenness"/>.</summary>
/// <param name="Tolerance">Relative tolerance under which two path lengths count as equal (a tie): |a − b| ≤ tol · max(1, |b|).
/// Default 1e-9: only rounding differences. igraph uses a looser test, networkx exact equality.</param>
/// <param name="SampleSources">When set and smaller than V, Brandes runs from this many sources drawn at random and scales
/// the result by V / samples (an estimate, Brandes and Pich 2007).</param>
/// <param name="Seed">Seed for drawing sources.</param>
public sealed record BetweennessOptions(double Tolerance = 1e-9, int? SampleSources = null, int Seed = 1)
{
    /// <summary>The defaults: exact, ties up to rounding.</summary>
    public static BetweennessOptions Default { get; } = new();
}
