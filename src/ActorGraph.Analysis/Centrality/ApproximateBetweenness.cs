using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>The outcome of <see cref="ApproximateBetweenness.Compute"/>.</summary>
/// <param name="Scores">Estimated normalised betweenness per vertex: the share of all ordered pairs' shortest paths through it
/// (divide-by n(n−1) scale, as Riondato and Kornaropoulos define it).</param>
/// <param name="Samples">Pairs sampled.</param>
/// <param name="Epsilon">Every score is within this of the exact value ...</param>
/// <param name="Delta">... with probability at least 1 − Delta.</param>
/// <param name="VertexDiameterBound">The upper bound on the vertex diameter used for the sample size.</param>
public sealed record ApproximateBetweennessResult(ImmutableArray<double> Scores, int Samples, double Epsilon, double Delta, int VertexDiameterBound);

/// <summary>Betweenness estimated from random shortest paths, with a stated error bound (Riondato and Kornaropoulos,
/// "Fast approximation of betweenness centrality through sampling", WSDM 2014 / DMKD 2016): draw r pairs (s, t) uniformly,
/// pick one shortest s→t path uniformly among all of them, and credit 1/r to each of its inner vertices. With
/// r = ⌈(c / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉, c = 0.5 and VD an upper bound on the vertex diameter (the most
/// vertices on any shortest path; here <see cref="VertexDiameter.UpperBound"/>: a longest path through the components
/// of the condensation, each counted as its breadth-first depth from a hub both ways, whose proof is given there),
/// every vertex's estimate is within ε of its normalised betweenness with probability ≥ 1 − δ.</summary>
/// <remarks>Each sample is one source→target search: on a graph whose edges all have the same length, a balanced
/// bidirectional breadth-first search that counts shortest paths from both ends (as KADABRA does) and stops at the
/// layer where they meet; otherwise a bidirectional Dijkstra that counts paths on both sides (ties within 1e-9) and
/// draws across the edges where they meet (<see cref="WeightedPathSampler"/>); lengths must be positive.
/// Both reset only what they touched. The samples are cut into a fixed number of chunks, each with its own random stream
/// derived from the seed; threads take chunks and count hits in their own buffers. Hits are whole numbers, so their sum
/// is exact in any order: a run gives the same scores for a seed whatever the thread count and scheduling.
/// Cost O(r · D) for one search D; memory O(V) per thread.</remarks>
public static class ApproximateBetweenness
{
    /// <summary>The constant c of the sample size (Löffler and Phillips, as used by Riondato and Kornaropoulos).</summary>
    public const double SampleConstant = 0.5;

    /// <summary>The samples are drawn in this many chunks, each with its own random stream (so the answer does not depend
    /// on the number of cores).</summary>
    private const int Chunks = 64;

    /// <summary>The sample size for error <paramref name="epsilon"/>, failure probability <paramref name="delta"/> and a
    /// vertex-diameter bound <paramref name="vertexDiameter"/>.</summary>
    public static int SampleSize(double epsilon, double delta, int vertexDiameter)
    {
        if (!(epsilon is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be in (0, 1)");
        if (!(delta is > 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(delta), delta, "delta must be in (0, 1)");
        var log = vertexDiameter > 3 ? Math.Floor(Math.Log2(vertexDiameter - 2)) : 0;
        return (int)Math.Ceiling(SampleConstant / (epsilon * epsilon) * (log + 1 + Math.Log(1 / delta)));
    }

    /// <summary>Estimates betweenness on <paramref name="graph"/> (edge distances as lengths) within
    /// <paramref name="epsilon"/> with probability ≥ 1 − <paramref name="delta"/>.</summary>
    public static ApproximateBetweennessResult Compute(CompactGraph graph, double epsilon = 0.01, double delta = 0.1, int seed = 1, int? parallelism = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        var unit = HasUnitLengths(graph);
        var diameter = Math.Max(2, VertexDiameter.UpperBound(graph, unit));
        var samples = SampleSize(epsilon, delta, diameter);
        if (n < 2) return new ApproximateBetweennessResult([.. new double[n]], 0, epsilon, delta, diameter);
        _ = graph.Reverse;
        var chunks = Math.Min(Chunks, samples);
        var threads = Math.Max(1, Math.Min(parallelism ?? Environment.ProcessorCount, chunks));
        var partial = new List<double[]>();
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads },
            () => new PathSampler(graph, unit),
            (chunk, _, sampler) =>
            {
                var count = (int)((long)samples * (chunk + 1) / chunks) - (int)((long)samples * chunk / chunks);
                sampler.Run(count, new Random(unchecked(seed * 1_000_003 + chunk)));
                return sampler;
            },
            sampler => { lock (partial) partial.Add(sampler.Hits); });
        var scores = new double[n];
        foreach (var hits in partial)
        {
            for (var v = 0; v < n; v++) scores[v] += hits[v]; // whole counts: exact in any order
        }
        for (var v = 0; v < n; v++) scores[v] /= samples;
        return new ApproximateBetweennessResult(ImmutableCollectionsMarshal.AsImmutableArray(scores), samples, epsilon, delta, diameter);
    }

    /// <summary>The vertex-diameter bound <see cref="Compute"/> sizes its sample from (for timing it on its own).</summary>
    public static int VertexDiameterBound(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return VertexDiameter.UpperBound(graph, HasUnitLengths(graph));
    }

    /// <summary>True when every edge has the same length; throws when a length is not positive (a zero-length edge
    /// breaks the path counts of both searches).</summary>
    private static bool HasUnitLengths(CompactGraph graph)
    {
        var d = graph.Distances;
        if (d.IsEmpty) return true;
        var first = d[0];
        var same = true;
        foreach (var x in d)
        {
            if (!(x > 0)) throw new ArgumentException("approximate betweenness needs positive edge lengths", nameof(graph));
            same &= x == first;
        }
        return same;
    }
}
