using System.Collections.Immutable;

namespace ActorGraph.Analysis.Brokerage;

/// <summary>Gould–Fernandez brokerage counts with exact z-scores, on a directed graph in CSR form.</summary>
/// <remarks>
/// <para>For each node B, every chain A→B→C with A ≠ C, A, C ≠ B and no arc A→C is classified by the groups of
/// A, B and C (<see cref="BrokerageRole"/>). Expected counts and variances are exact under
/// <see cref="RelabellingNull"/>: the other nodes' groups shuffled with the group sizes and B's own group kept
/// (Gould and Fernandez 1989). Not a sampled permutation test: no seed is involved.</para>
/// <para>Cost: O(Σ_B Σ_{A∈in(B)} (out(A) + out(B))), i.e. O(Σ_v in(v)·out(v) + Σ_A in-degree·out-degree) —
/// fine for actor graphs, heavy for hubs with thousands of ties on both sides. Memory O(V + E).</para>
/// </remarks>
public static class BrokerageCounter
{
    private const int Roles = 5;

    /// <summary>Scores every node. <paramref name="offsets"/>/<paramref name="targets"/> give each node's
    /// out-neighbours (parallel arcs and self-loops are ignored); <paramref name="group"/> each node's group id.</summary>
    public static ImmutableArray<BrokerScore> Compute(ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets, ReadOnlySpan<int> group) =>
        Compute(offsets, targets, group, null, null);

    /// <summary>As <see cref="Compute(ReadOnlySpan{int}, ReadOnlySpan{int}, ReadOnlySpan{int})"/>, plus chains given as
    /// triads: <paramref name="triads"/>[B] lists chains (A, C) through B that exist without arcs A→B→C (for actors, a
    /// party → mediator → party chain of a mediation process). A triad counts once, only when A ≠ C, there is no arc
    /// A→C and the arcs do not already give the same chain. <paramref name="direct"/> lists more ordered pairs (A, C) that
    /// count as a direct tie A→C without being arcs (for actors, a leader and the body it leads): no chain A→B→C counts
    /// for them.</summary>
    public static ImmutableArray<BrokerScore> Compute(ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets, ReadOnlySpan<int> group,
        IReadOnlyDictionary<int, List<(int A, int C)>>? triads, IReadOnlySet<long>? direct = null)
    {
        var n = offsets.Length - 1;
        if (n < 0 || group.Length != n) throw new ArgumentException("one group per node is needed", nameof(group));
        var groupCount = 0;
        foreach (var g in group)
        {
            if (g < 0) throw new ArgumentException("group ids must be non-negative", nameof(group));
            groupCount = Math.Max(groupCount, g + 1);
        }
        var sizes = new int[groupCount];
        foreach (var g in group) sizes[g]++;
        var nullModel = new RelabellingNull(sizes);

        // In-neighbours, distinct, without self-loops.
        var (inOffsets, inSources) = Reverse(n, offsets, targets);

        var outMark = new int[n];   // outMark[x] == B + 1 when x ∈ out(B)
        var inMark = new int[n];    // inMark[x] == B + 1 when x ∈ in(B)
        var arcMark = new int[n];   // arcMark[x] == stamp when A → x
        var asA = new int[n];
        var asC = new int[n];
        var endpoints = new List<int>();
        var mutualChains = new HashSet<long>();
        var triadSeen = new HashSet<long>();
        HashSet<long>? arcs = null;
        var stamp = 0;
        var result = ImmutableArray.CreateBuilder<BrokerScore>(n);
        var counts = new long[Roles];

        for (var b = 0; b < n; b++)
        {
            Array.Clear(counts);
            endpoints.Clear();
            mutualChains.Clear();
            for (var e = offsets[b]; e < offsets[b + 1]; e++) outMark[targets[e]] = b + 1;
            for (var e = inOffsets[b]; e < inOffsets[b + 1]; e++) inMark[inSources[e]] = b + 1;
            outMark[b] = 0;
            long chains = 0;
            for (var i = inOffsets[b]; i < inOffsets[b + 1]; i++)
            {
                var a = inSources[i];
                stamp++;
                for (var e = offsets[a]; e < offsets[a + 1]; e++) arcMark[targets[e]] = stamp;
                var seenC = stamp; // C already counted for this A, or A → C exists: both mean skip
                for (var e = offsets[b]; e < offsets[b + 1]; e++)
                {
                    var c = targets[e];
                    if (c == a || c == b || arcMark[c] == seenC) continue;
                    arcMark[c] = seenC; // each C once per A, even with parallel arcs
                    if (direct is not null && direct.Contains(Key(a, c))) continue;
                    chains++;
                    counts[(int)RoleOf(group[a], group[b], group[c])]++;
                    if (asA[a]++ == 0 && asC[a] == 0) endpoints.Add(a);
                    if (asC[c]++ == 0 && asA[c] == 0) endpoints.Add(c);
                    if (outMark[a] == b + 1 && inMark[c] == b + 1) mutualChains.Add(((long)a << 32) | (uint)c);
                }
            }
            if (triads is not null && triads.TryGetValue(b, out var extra))
            {
                arcs ??= ArcSet(n, offsets, targets);
                foreach (var (a, c) in extra)
                {
                    if (a == c || a == b || c == b || arcs.Contains(Key(a, c)) || (direct is not null && direct.Contains(Key(a, c)))) continue;
                    if (inMark[a] == b + 1 && outMark[c] == b + 1) continue; // the arcs already give this chain
                    if (!triadSeen.Add(Key(a, c))) continue;
                    mutualChains.Add(Key(a, c));
                    chains++;
                    counts[(int)RoleOf(group[a], group[b], group[c])]++;
                    if (asA[a]++ == 0 && asC[a] == 0) endpoints.Add(a);
                    if (asC[c]++ == 0 && asA[c] == 0) endpoints.Add(c);
                    if (inMark[c] == b + 1 && outMark[a] == b + 1 && !arcs.Contains(Key(c, a))) mutualChains.Add(Key(c, a));
                }
                triadSeen.Clear();
            }

            double sameA = 0, sameC = 0, cross = 0;
            foreach (var x in endpoints)
            {
                sameA += (double)asA[x] * (asA[x] - 1);
                sameC += (double)asC[x] * (asC[x] - 1);
                cross += (double)asA[x] * asC[x];
                asA[x] = 0;
                asC[x] = 0;
            }
            double reversed = 0;
            foreach (var key in mutualChains)
            {
                if (mutualChains.Contains(((key & 0xFFFFFFFFL) << 32) | (key >> 32))) reversed++;
            }
            double t = chains;
            double[] pairs =
            [
                t, sameA, sameC, cross - reversed, cross - reversed, reversed,
                t * t - t - sameA - sameC - 2 * (cross - reversed) - reversed,
            ];

            var roles = ImmutableArray.CreateBuilder<RoleScore>(Roles);
            var size = sizes[group[b]];
            for (var r = 0; r < Roles; r++)
            {
                var role = (BrokerageRole)r;
                var expected = t * nullModel.PairProbability(size, 0, role);
                var second = 0.0;
                for (var k = 0; k < pairs.Length; k++)
                {
                    if (pairs[k] > 0) second += pairs[k] * nullModel.PairProbability(size, k, role);
                }
                var variance = second - expected * expected;
                double? z = variance > 1e-9 * Math.Max(1, expected) ? (counts[r] - expected) / Math.Sqrt(variance) : null;
                roles.Add(new RoleScore(role, counts[r], expected, z));
            }
            result.Add(new BrokerScore(b, group[b], chains, roles.MoveToImmutable()));
        }
        return result.MoveToImmutable();
    }

    /// <summary>The key of the ordered pair (a, c) in <c>direct</c> sets and internal tables.</summary>
    public static long Key(int a, int c) => ((long)a << 32) | (uint)c;

    private static HashSet<long> ArcSet(int n, ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets)
    {
        var set = new HashSet<long>();
        for (var u = 0; u < n; u++)
        {
            for (var e = offsets[u]; e < offsets[u + 1]; e++) set.Add(Key(u, targets[e]));
        }
        return set;
    }

    /// <summary>The role of B in A→B→C given the three groups.</summary>
    public static BrokerageRole RoleOf(int groupA, int groupB, int groupC) =>
        groupA == groupB
            ? (groupC == groupB ? BrokerageRole.Coordinator : BrokerageRole.Representative)
            : groupC == groupB ? BrokerageRole.Gatekeeper
            : groupA == groupC ? BrokerageRole.Itinerant : BrokerageRole.Liaison;

    private static (int[] Offsets, int[] Sources) Reverse(int n, ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets)
    {
        var lists = new List<int>[n];
        var last = new int[n];
        Array.Fill(last, -1);
        for (var u = 0; u < n; u++)
        {
            for (var e = offsets[u]; e < offsets[u + 1]; e++)
            {
                var v = targets[e];
                if ((uint)v >= (uint)n) throw new ArgumentOutOfRangeException(nameof(targets), $"arc {e} points outside 0..{n - 1}");
                if (v == u || last[v] == u) continue; // self-loop or parallel arc
                last[v] = u;
                (lists[v] ??= []).Add(u);
            }
        }
        var inOffsets = new int[n + 1];
        for (var v = 0; v < n; v++) inOffsets[v + 1] = inOffsets[v] + (lists[v]?.Count ?? 0);
        var sources = new int[inOffsets[n]];
        for (var v = 0; v < n; v++) lists[v]?.CopyTo(sources, inOffsets[v]);
        return (inOffsets, sources);
    }
}
