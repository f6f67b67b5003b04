using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>The outcome of <see cref="PageRank.Compute"/>.</summary>
/// <param name="Ranks">Rank per vertex; they sum to 1.</param>
/// <param name="Iterations">Power iterations run.</param>
/// <param name="Converged">False when <c>maxIterations</c> ran out before the tolerance was met.</param>
public sealed record PageRankResult(ImmutableArray<double> Ranks, int Iterations, bool Converged);

/// <summary>PageRank on a <see cref="CompactGraph"/>, weighted by edge <em>strengths</em> (bigger passes more rank).</summary>
public static class PageRank
{
    /// <summary>Power iteration as networkx <c>pagerank</c>: rank flows along out-edges in proportion to strength; the
    /// rank of dangling vertices (no out-edge, or only zero-strength ones) is spread evenly over all vertices, as is the
    /// teleport share 1 − <paramref name="damping"/>. Stops when the L1 change of the whole rank vector is below
    /// <paramref name="tolerance"/> (networkx stops at V · tolerance, which on large graphs ends after a few iterations far
    /// from the fixed point; the remaining L1 error here is at most tolerance · damping / (1 − damping)). Ranks sum to 1. O(I · (V + E)) time for I iterations, O(V + E) memory.</summary>
    public static PageRankResult Compute(CompactGraph graph, double damping = 0.85, double tolerance = 1e-6, int maxIterations = 1000)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!(damping is >= 0 and < 1)) throw new ArgumentOutOfRangeException(nameof(damping), damping, "damping must be in [0, 1)");
        if (!(tolerance > 0)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be > 0");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        var n = graph.VertexCount;
        if (n == 0) return new PageRankResult([], 0, true);
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var strengths = graph.Strengths;

        // Each edge's share of its tail's out-strength, once.
        var share = new double[targets.Length];
        var dangling = new List<int>();
        for (var u = 0; u < n; u++)
        {
            var total = 0.0;
            for (var e = offsets[u]; e < offsets[u + 1]; e++) total += Math.Max(0, strengths[e]);
            if (total <= 0) { dangling.Add(u); continue; }
            for (var e = offsets[u]; e < offsets[u + 1]; e++) share[e] = Math.Max(0, strengths[e]) / total;
        }

        var x = new double[n];
        var next = new double[n];
        Array.Fill(x, 1.0 / n);
        var iterations = 0;
        var converged = false;
        while (iterations < maxIterations)
        {
            iterations++;
            var danglingMass = 0.0;
            foreach (var u in dangling) danglingMass += x[u];
            var baseline = (damping * danglingMass + (1 - damping)) / n;
            Array.Fill(next, baseline);
            for (var u = 0; u < n; u++)
            {
                var push = damping * x[u];
                if (push == 0) continue;
                for (var e = offsets[u]; e < offsets[u + 1]; e++) next[targets[e]] += push * share[e];
            }
            var error = 0.0;
            for (var v = 0; v < n; v++) error += Math.Abs(next[v] - x[v]);
            (x, next) = (next, x);
            if (error < tolerance) { converged = true; break; }
        }
        return new PageRankResult(ImmutableCollectionsMarshal.AsImmutableArray(x), iterations, converged);
    }
}
