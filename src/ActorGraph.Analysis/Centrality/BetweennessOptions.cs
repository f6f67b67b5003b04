namespace ActorGraph.Analysis.Centrality;

/// <summary>Options for <see cref="Betweenness"/>.</summary>
/// <param name="Tolerance">Relative tolerance under which two path lengths count as equal (a tie): |a − b| ≤ tol · max(1, |b|).
/// Default 1e-9: only rounding differences. igraph uses a looser test, networkx exact equality.</param>
/// <param name="SampleSources">When set and smaller than V, Brandes runs from this many sources drawn at random and scales
/// the result by V / samples (an estimate, Brandes and Pich 2007).</param>
/// <param name="Seed">Seed for drawing sources.</param>
/// <param name="Parallelism">Threads to spread the sources over (null: one per core; 1: the calling thread only). The
/// sources are cut into this many fixed ranges whose sums are added in order, so a result depends on the thread count
/// only through rounding.</param>
public sealed record BetweennessOptions(double Tolerance = 1e-9, int? SampleSources = null, int Seed = 1, int? Parallelism = null)
{
    /// <summary>The defaults: exact, ties up to rounding, every core.</summary>
    public static BetweennessOptions Default { get; } = new();

    /// <summary>The number of threads these options ask for.</summary>
    public int Threads => Math.Max(1, Parallelism ?? Environment.ProcessorCount);
}
