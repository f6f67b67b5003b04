using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ActorGraph.Analysis.Components;
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
/// vertices on any shortest path; here the size of the largest weakly connected component, which is always safe),
/// every vertex's estimate is within ε of its normalised betweenness with probability ≥ 1 − δ.</summary>
/// <remarks>Each sample is one source→target search: on a graph whose edges all have the same length, a balanced
/// bidirectional breadth-first search that counts shortest paths from both ends (as KADABRA does) and stops at the
/// layer where they meet; otherwise a Dijkstra from s that counts paths (ties within 1e-9) and stops when t is settled.
/// Both reset only what they touched. Samples are spread over threads, each with its own buffers and a random stream
/// derived from the seed and the thread's share, so a run is deterministic for a seed and thread count.
/// Cost O(r · D) for one search D; memory O(V) per thread.</remarks>
public static class ApproximateBetweenness
{
    /// <summary>The constant c of the sample size (Löffler and Phillips, as used by Riondato and Kornaropoulos).</summary>
    public const double SampleConstant = 0.5;

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
        var diameter = Math.Max(2, ConnectedComponents.Weak(graph).LargestSize);
        var samples = SampleSize(epsilon, delta, diameter);
        if (n < 2) return new ApproximateBetweennessResult([.. new double[n]], 0, epsilon, delta, diameter);
        _ = graph.Reverse;
        var unit = HasUnitLengths(graph);
        var threads = Math.Max(1, Math.Min(parallelism ?? Environment.ProcessorCount, samples));
        var partial = new double[threads][];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
        {
            var count = (int)((long)samples * (part + 1) / threads) - (int)((long)samples * part / threads);
            var sampler = new PathSampler(graph, new Random(HashCode.Combine(seed, part, threads)), unit);
            partial[part] = sampler.Run(count);
        });
        var scores = new double[n];
        foreach (var hits in partial)
        {
            for (var v = 0; v < n; v++) scores[v] += hits[v];
        }
        for (var v = 0; v < n; v++) scores[v] /= samples;
        return new ApproximateBetweennessResult(ImmutableCollectionsMarshal.AsImmutableArray(scores), samples, epsilon, delta, diameter);
    }

    private static bool HasUnitLengths(CompactGraph graph)
    {
        var d = graph.Distances;
        if (d.IsEmpty) return true;
        var first = d[0];
        foreach (var x in d)
        {
            if (x != first) return false;
        }
        return first > 0;
    }
}
