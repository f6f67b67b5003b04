namespace ActorGraph.Reading.Scoring;

/// <summary>Pairs produced processes with gold processes for the roles score: an optimal one-to-one assignment (Hungarian
/// algorithm) that maximises, in this order, the parties the paired processes share, then the mediators they share, then the
/// produced process's roles that some gold process holds in the same role, then (ties only) the produced process read first.
/// A pair that shares no actor in any role is never made. Replaces the greedy pairing (each gold process in turn took the best
/// produced process left), which could give a produced process to a gold process that needed it less and leave a better pair
/// unmade.</summary>
public static class ProcessMatching
{
    /// <summary>A process as gold actor indexes (-1: matches no gold actor).</summary>
    public sealed record Roles(IReadOnlyList<int> Parties, IReadOnlyList<int> Mediators);

    /// <summary>For each gold process, the index of the produced process paired with it, or -1.</summary>
    public static int[] Match(IReadOnlyList<Roles> gold, IReadOnlyList<Roles> produced)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(produced);
        var result = Enumerable.Repeat(-1, gold.Count).ToArray();
        if (gold.Count == 0 || produced.Count == 0) return result;
        var goldParties = gold.SelectMany(g => g.Parties).Where(x => x >= 0).ToHashSet();
        var goldMediators = gold.SelectMany(g => g.Mediators).Where(x => x >= 0).ToHashSet();
        var weights = new long[gold.Count, produced.Count];
        for (var i = 0; i < gold.Count; i++)
            for (var j = 0; j < produced.Count; j++)
                weights[i, j] = Weight(gold[i], produced[j], j, goldParties, goldMediators);
        var n = Math.Max(gold.Count, produced.Count);
        if (n > 64) return Greedy(weights, gold.Count, produced.Count);
        var assignment = Hungarian(weights, gold.Count, produced.Count, n);
        for (var i = 0; i < gold.Count; i++)
            if (assignment[i] is var j && j >= 0 && j < produced.Count && weights[i, j] > 0) result[i] = j;
        return result;
    }

    /// <summary>The pair's worth, levels 16 bits apart so that sums over up to 64 pairs keep the order of the levels; 0 when the
    /// two processes share no actor.</summary>
    private static long Weight(Roles g, Roles p, int order, HashSet<int> goldParties, HashSet<int> goldMediators)
    {
        var goldAll = g.Parties.Concat(g.Mediators).Where(x => x >= 0).ToHashSet();
        if (!p.Parties.Concat(p.Mediators).Any(goldAll.Contains)) return 0;
        long sharedParties = Math.Min(255, p.Parties.Where(x => x >= 0).Distinct().Count(g.Parties.Contains));
        long sharedMediators = Math.Min(255, p.Mediators.Where(x => x >= 0).Distinct().Count(g.Mediators.Contains));
        long heldElsewhere = Math.Min(255, p.Parties.Count(goldParties.Contains) + p.Mediators.Count(goldMediators.Contains));
        long first = 255 - Math.Min(order, 254);
        return (sharedParties << 48) | (sharedMediators << 32) | (heldElsewhere << 16) | first;
    }

    /// <summary>Maximum-weight assignment on an n-by-n matrix padded with zeros (rows gold, columns produced); the Kuhn-Munkres
    /// algorithm with potentials, O(n^3). Returns each row's column.</summary>
    private static int[] Hungarian(long[,] weights, int rows, int columns, int n)
    {
        long max = 0;
        for (var i = 0; i < rows; i++)
            for (var j = 0; j < columns; j++)
                max = Math.Max(max, weights[i, j]);
        long Cost(int i, int j) => max - (i < rows && j < columns ? weights[i, j] : 0);
        var u = new long[n + 1];
        var v = new long[n + 1];
        var p = new int[n + 1];
        var way = new int[n + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            var minv = Enumerable.Repeat(long.MaxValue, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = long.MaxValue;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j]) continue;
                    var cur = Cost(i0 - 1, j - 1) - u[i0] - v[j];
                    if (cur < minv[j]) { minv[j] = cur; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= n; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            }
            while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            }
            while (j0 != 0);
        }
        var assignment = Enumerable.Repeat(-1, rows).ToArray();
        for (var j = 1; j <= n; j++)
            if (p[j] >= 1 && p[j] <= rows) assignment[p[j] - 1] = j - 1;
        return assignment;
    }

    /// <summary>The old pairing, kept for inputs too large for the exact one: each gold process in turn takes the best produced
    /// process left.</summary>
    private static int[] Greedy(long[,] weights, int rows, int columns)
    {
        var taken = new bool[columns];
        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var i = 0; i < rows; i++)
        {
            var best = -1;
            for (var j = 0; j < columns; j++)
                if (!taken[j] && weights[i, j] > 0 && (best < 0 || weights[i, j] > weights[i, best])) best = j;
            if (best < 0) continue;
            taken[best] = true;
            result[i] = best;
        }
        return result;
    }
}
