using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Centrality;

/// <summary>Shortest-path betweenness on a <see cref="CompactGraph"/>, with edge <em>distances</em> as lengths.</summary>
public static class Betweenness
{
    /// <summary>Brandes' algorithm, weighted: for each vertex v, the sum over ordered pairs (s, t), s ≠ v ≠ t, of the share
    /// of shortest s→t paths that pass through v. Unnormalised (divide by (V−1)(V−2) to normalise; on a symmetric
    /// graph this equals networkx's normalised undirected value). O(V · E log V) time, O(V + E) memory; with
    /// <see cref="BetweennessOptions.SampleSources"/> = S, O(S · E log V).</summary>
    public static ImmutableArray<double> Compute(CompactGraph graph, BetweennessOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        options ??= BetweennessOptions.Default;
        if (!(options.Tolerance >= 0)) throw new ArgumentOutOfRangeException(nameof(options), "tolerance must be ≥ 0");
        var n = graph.VertexCount;
        var result = new double[n];
        if (n == 0) return [];
        var sources = Sources(n, options);
        var threads = Math.Min(options.Threads, Math.Max(1, sources.Length));
        _ = graph.Reverse; // build the shared in-edge index once, before the threads read it
        var partial = new double[threads][];
        Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, part =>
        {
            var from = (int)((long)sources.Length * part / threads);
            var to = (int)((long)sources.Length * (part + 1) / threads);
            partial[part] = Accumulate(graph, options.Tolerance, sources.AsSpan(from, to - from));
        });
        for (var part = 0; part < threads; part++)
        {
            var sums = partial[part];
            for (var v = 0; v < n; v++) result[v] += sums[v];
        }
        if (sources.Length < n)
        {
            var scale = (double)n / sources.Length;
            for (var v = 0; v < n; v++) result[v] *= scale;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>The dependency sums of Brandes' second phase from each of <paramref name="sources"/>, on one thread with its
    /// own buffers.</summary>
    private static double[] Accumulate(CompactGraph graph, double tolerance, ReadOnlySpan<int> sources)
    {
        var n = graph.VertexCount;
        var result = new double[n];
        var dag = new ShortestPathDag(graph, tolerance);
        var delta = new double[n];
        foreach (var s in sources)
        {
            dag.Run(s, reverse: false);
            var sigma = dag.Sigma;
            var order = dag.Order;
            for (var i = 0; i < dag.Reached; i++) delta[order[i]] = 0;
            for (var i = dag.Reached - 1; i > 0; i--)
            {
                var w = order[i];
                var coefficient = (1 + delta[w]) / sigma[w];
                foreach (var v in dag.Predecessors(w)) delta[v] += sigma[v] * coefficient;
                result[w] += delta[w];
            }
        }
        return result;
    }

    /// <summary>Dyad-specific betweenness: for each vertex v other than <paramref name="a"/> and <paramref name="b"/>, the share
    /// (0..1) of shortest a→b paths through v, as networkx <c>betweenness_centrality_subset(G, [a], [b])</c> on a directed
    /// graph. All zeros when b is unreachable. Two Dijkstra runs (from a forward, from b backward): O(E log V).</summary>
    public static ImmutableArray<double> Between(CompactGraph graph, int a, int b, double tolerance = 1e-9)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var n = graph.VertexCount;
        if ((uint)a >= (uint)n) throw new ArgumentOutOfRangeException(nameof(a));
        if ((uint)b >= (uint)n) throw new ArgumentOutOfRangeException(nameof(b));
        var result = new double[n];
        if (a == b) return ImmutableCollectionsMarshal.AsImmutableArray(result);
        var fromA = new ShortestPathDag(graph, tolerance);
        fromA.Run(a, reverse: false);
        if (fromA.Rank[b] < 0) return ImmutableCollectionsMarshal.AsImmutableArray(result);
        var toB = new ShortestPathDag(graph, tolerance);
        toB.Run(b, reverse: true);
        var total = fromA.Dist[b];
        var count = fromA.Sigma[b];
        for (var v = 0; v < n; v++)
        {
            if (v == a || v == b || fromA.Rank[v] < 0 || toB.Rank[v] < 0) continue;
            if (fromA.Ties(fromA.Dist[v] + toB.Dist[v], total)) result[v] = fromA.Sigma[v] * toB.Sigma[v] / count;
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    /// <summary>The sources Brandes runs from under <paramref name="options"/>: every vertex, or
    /// <see cref="BetweennessOptions.SampleSources"/> of them drawn with <see cref="BetweennessOptions.Seed"/>, ascending
    /// (so that a peer can be given the same pivots).</summary>
    public static int[] Sources(int n, BetweennessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SampleSources is not { } k || k >= n)
        {
            var all = new int[n];
            for (var i = 0; i < n; i++) all[i] = i;
            return all;
        }
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k);
        var pool = new int[n];
        for (var i = 0; i < n; i++) pool[i] = i;
        var random = new Random(options.Seed);
        for (var i = 0; i < k; i++)
        {
            var j = random.Next(i, n);
            (pool[i], pool[j]) = (pool[j], pool[i]);
        }
        var chosen = pool[..k];
        Array.Sort(chosen);
        return chosen;
    }
}
