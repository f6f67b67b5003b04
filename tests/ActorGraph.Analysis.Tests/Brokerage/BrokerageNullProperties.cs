using ActorGraph.Analysis.Brokerage;
using CsCheck;

namespace ActorGraph.Analysis.Tests.Brokerage;

public class BrokerageNullProperties
{
    /// <summary>Every distinct arrangement of the other nodes' labels, by brute force.</summary>
    private static IEnumerable<int[]> Arrangements(int[] labels)
    {
        var sorted = labels.Order().ToArray();
        while (true)
        {
            yield return (int[])sorted.Clone();
            // next lexicographic permutation (multiset)
            var i = sorted.Length - 2;
            while (i >= 0 && sorted[i] >= sorted[i + 1]) i--;
            if (i < 0) yield break;
            var j = sorted.Length - 1;
            while (sorted[j] <= sorted[i]) j--;
            (sorted[i], sorted[j]) = (sorted[j], sorted[i]);
            Array.Reverse(sorted, i + 1, sorted.Length - i - 1);
        }
    }

    private static readonly Gen<(int N, (int, int)[] Arcs, int[] Groups)> Cases =
        from n in Gen.Int[3, 7]
        from arcs in Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Array[0, 3 * n]
        from groups in Gen.Int[0, 3].Array[n]
        select (n, arcs, groups);

    [Fact]
    public void Expected_counts_and_z_scores_match_every_relabelling_by_brute_force()
    {
        Cases.Sample(c =>
        {
            var groups = DenseGroups(c.Groups);
            var (offsets, targets) = BrokerageCounterTests.Csr(c.N, c.Arcs);
            var scores = BrokerageCounter.Compute(offsets, targets, groups);
            for (var b = 0; b < c.N; b++)
            {
                var others = Enumerable.Range(0, c.N).Where(v => v != b).ToArray();
                var sums = new double[5];
                var squares = new double[5];
                var count = 0;
                foreach (var arrangement in Arrangements([.. others.Select(v => groups[v])]))
                {
                    var relabelled = (int[])groups.Clone();
                    for (var i = 0; i < others.Length; i++) relabelled[others[i]] = arrangement[i];
                    var s = BrokerageCounter.Compute(offsets, targets, relabelled)[b];
                    for (var r = 0; r < 5; r++)
                    {
                        sums[r] += s.Roles[r].Count;
                        squares[r] += (double)s.Roles[r].Count * s.Roles[r].Count;
                    }
                    count++;
                }
                for (var r = 0; r < 5; r++)
                {
                    var mean = sums[r] / count;
                    var variance = squares[r] / count - mean * mean;
                    var score = scores[b].Roles[r];
                    Assert.Equal(mean, score.Expected, 1e-9);
                    if (variance > 1e-9) Assert.Equal((score.Count - mean) / Math.Sqrt(variance), score.Z!.Value, 1e-6);
                    else Assert.Null(score.Z);
                }
            }
        }, iter: 60);
    }

    private static int[] DenseGroups(int[] raw)
    {
        var map = new Dictionary<int, int>();
        return [.. raw.Select(g => map.TryGetValue(g, out var d) ? d : map[g] = map.Count)];
    }
}
