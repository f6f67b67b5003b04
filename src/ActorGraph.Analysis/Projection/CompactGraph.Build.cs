using System.Collections.Concurrent;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

public sealed partial class CompactGraph
{
    /// <summary>Tails per unit of parallel work in <see cref="Build"/>.</summary>
    private const int TailChunk = 1 << 14;

    /// <summary>Builds a graph from raw arcs: O(V + E). Arc <c>i</c> goes from <c>sources[i]</c> to
    /// <c>targets[i]</c> with length <c>distances[i]</c> and weight <c>strengths[i]</c>; its origin id is
    /// <c>origins[i]</c> (or <c>i</c> when <paramref name="origins"/> is empty). Self-loops are dropped.</summary>
    public static CompactGraph FromArcs(int vertexCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets,
        ReadOnlySpan<double> distances, ReadOnlySpan<double> strengths, ReadOnlySpan<int> origins = default,
        IReadOnlyList<string>? vertexIds = null) =>
        Build(vertexCount, sources.ToArray(), targets.ToArray(), distances.ToArray(), strengths.ToArray(),
            origins.IsEmpty ? null : origins.ToArray(), vertexIds, null, null, null);

    /// <summary>Sorts arcs by tail (stably), then collapses each tail's parallel arcs to one edge per head, numbered in
    /// the order heads first appear, over the cores in chunks of tails. Each tail is collapsed as one thread would, and
    /// the edge arrays get their exact size from a counting pass, so nothing is allocated twice.</summary>
    internal static CompactGraph Build(int n, int[] src, int[] dst, double[] dist, double[] strength, int[]? origins,
        IReadOnlyList<string>? ids, ActorGraphData? data, ProjectionOptions? options, DateOnly? reference)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var m = src.Length;
        if (dst.Length != m || dist.Length != m || strength.Length != m || (origins is not null && origins.Length != m))
            throw new ArgumentException("arc arrays must have the same length");
        if (ids is not null && ids.Count != n) throw new ArgumentException("one id per vertex is needed", nameof(ids));

        // Counting sort of arcs by tail (stable: load order kept within a tail).
        var start = new int[n + 1];
        var loops = 0;
        for (var i = 0; i < m; i++)
        {
            if ((uint)src[i] >= (uint)n || (uint)dst[i] >= (uint)n) throw new ArgumentOutOfRangeException(nameof(src), $"arc {i} has an endpoint outside 0..{n - 1}");
            if (double.IsNaN(dist[i]) || dist[i] < 0) throw new ArgumentOutOfRangeException(nameof(dist), $"arc {i} has a negative or NaN distance");
            start[src[i] + 1]++;
            if (src[i] == dst[i]) loops++;
        }
        for (var u = 0; u < n; u++) start[u + 1] += start[u];
        var order = new int[m];
        var fill = start[..^1];
        for (var i = 0; i < m; i++) order[fill[src[i]]++] = i;

        // Distinct heads per tail: each tail's edge count, hence every edge's place.
        var offsets = new int[n + 1];
        var scratch = new ConcurrentBag<int[]>();
        ForTails(n, scratch, (from, to, stamp, _) => CountHeads(from, to, start, order, dst, stamp, offsets));
        for (var u = 0; u < n; u++) offsets[u + 1] += offsets[u];
        var count = offsets[n];
        var merges = m - loops > count;

        var arcs = new SortedArcs(start, order, dst, dist, strength, origins);
        var edges = new EdgeArrays(offsets, new int[count], new double[count], new double[count], new int[count], merges ? new int[count + 1] : null);
        ForTails(n, scratch, (from, to, stamp, slot) => Collapse(from, to, arcs, edges, stamp, slot));
        if (edges.MergedOffsets is not { } mergedOffsets)
            return new CompactGraph(offsets, edges.Targets, edges.Distances, edges.Strengths, edges.Best, null, null, ids, data, options, reference);

        for (var e = 0; e < count; e++) mergedOffsets[e + 1] += mergedOffsets[e];
        var merged = new int[mergedOffsets[count]];
        ForTails(n, scratch, (from, to, stamp, slot) => ListMerged(from, to, arcs, edges, merged, stamp, slot));
        return new CompactGraph(offsets, edges.Targets, edges.Distances, edges.Strengths, edges.Best, mergedOffsets, merged, ids, data, options, reference);
    }

    /// <summary>The arcs sorted by tail: tail u's arcs are <c>Order[Start[u]..Start[u + 1]]</c>.</summary>
    private sealed record SortedArcs(int[] Start, int[] Order, int[] Heads, double[] Distances, double[] Strengths, int[]? Origins);

    /// <summary>The edge arrays being filled; <c>MergedOffsets[e + 1]</c> first counts edge e's arcs (null when no arcs merge).</summary>
    private sealed record EdgeArrays(int[] Offsets, int[] Targets, double[] Distances, double[] Strengths, int[] Best, int[]? MergedOffsets);

    /// <summary>Counts the distinct heads (self-loops aside) of tails <paramref name="from"/>..<paramref name="to"/>-1 into offsets[u + 1].</summary>
    private static void CountHeads(int from, int to, int[] start, int[] order, int[] dst, int[] stamp, int[] offsets)
    {
        for (var u = from; u < to; u++)
        {
            var heads = 0;
            for (var k = start[u]; k < start[u + 1]; k++)
            {
                var v = dst[order[k]];
                if (v != u && stamp[v] != u) { stamp[v] = u; heads++; }
            }
            offsets[u + 1] = heads;
        }
    }

    /// <summary>Collapses parallel arcs per (u, v): slot[v] holds the edge of v for the current u (stamped by u); the
    /// shortest distance (the first of equals) gives the best origin, the largest strength is kept.</summary>
    private static void Collapse(int from, int to, SortedArcs arcs, EdgeArrays edges, int[] stamp, int[] slot)
    {
        var (start, order, dst, dist, strength, origins) = arcs;
        var (offsets, targets, distances, strengths, best, mergedOffsets) = edges;
        for (var u = from; u < to; u++)
        {
            var next = offsets[u];
            for (var k = start[u]; k < start[u + 1]; k++)
            {
                var i = order[k];
                var v = dst[i];
                if (v == u) continue;
                var origin = origins is null ? i : origins[i];
                if (stamp[v] == u)
                {
                    var e = slot[v];
                    if (dist[i] < distances[e]) { distances[e] = dist[i]; best[e] = origin; }
                    if (strength[i] > strengths[e]) strengths[e] = strength[i];
                    if (mergedOffsets is not null) mergedOffsets[e + 1]++;
                }
                else
                {
                    stamp[v] = u;
                    slot[v] = next;
                    targets[next] = v;
                    distances[next] = dist[i];
                    strengths[next] = strength[i];
                    best[next] = origin;
                    if (mergedOffsets is not null) mergedOffsets[next + 1]++;
                    next++;
                }
            }
        }
    }

    /// <summary>Lists the origins merged into each edge, in arc order per tail: each tail's edges are numbered again by
    /// first appearance of their head, and slot[v] is the next free place of v's edge in <paramref name="merged"/>.</summary>
    private static void ListMerged(int from, int to, SortedArcs arcs, EdgeArrays edges, int[] merged, int[] stamp, int[] slot)
    {
        var (start, order, dst, _, _, origins) = arcs;
        var (offsets, mergedOffsets) = (edges.Offsets, edges.MergedOffsets!);
        for (var u = from; u < to; u++)
        {
            var next = offsets[u];
            for (var k = start[u]; k < start[u + 1]; k++)
            {
                var i = order[k];
                var v = dst[i];
                if (v == u) continue;
                if (stamp[v] != u) { stamp[v] = u; slot[v] = mergedOffsets[next++]; }
                merged[slot[v]++] = origins is null ? i : origins[i];
            }
        }
    }

    /// <summary>Calls <paramref name="body"/>(from, to, stamp, slot) for the tails from..to-1 of every chunk of
    /// <see cref="TailChunk"/> tails, over the cores. Each worker has its own stamp (all -1 at the start of a pass, so "stamp[v] == u"
    /// means "seen while at u") and slot arrays of <paramref name="n"/> entries, taken from and given back to
    /// <paramref name="scratch"/> (stamp and slot arrays alternate in it).</summary>
    private static void ForTails(int n, ConcurrentBag<int[]> scratch, Action<int, int, int[], int[]> body)
    {
        Parallel.For(0, (n + TailChunk - 1) / TailChunk,
            () =>
            {
                var stamp = scratch.TryTake(out var s) ? s : new int[n];
                var slot = scratch.TryTake(out var t) ? t : new int[n];
                Array.Fill(stamp, -1);
                return (Stamp: stamp, Slot: slot);
            },
            (c, _, local) =>
            {
                body(c * TailChunk, Math.Min(n, (c + 1) * TailChunk), local.Stamp, local.Slot);
                return local;
            },
            local =>
            {
                scratch.Add(local.Stamp);
                scratch.Add(local.Slot);
            });
    }
}
