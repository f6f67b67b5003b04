namespace ActorGraph.Analysis.Brokerage;

/// <summary>Exact mean and variance of a broker's role counts when the other actors' groups are shuffled
/// at random, keeping every group's size and the broker's own group (Gould and Fernandez's null model).</summary>
/// <remarks>
/// <para>The broker's chains (A, C) are fixed; only the labels move. Under the null, the labels of the other
/// n−1 actors are a uniformly random arrangement of the multiset of group sizes (the broker's group one
/// smaller). A role count X is a sum of chain indicators, so E[X] = t·π and
/// Var[X] = Σ over ordered pairs of chains P(both have the role) − E[X]². A pair of chains shares 0, 1 or 2
/// actors in one of seven ways (same chain; same A; same C; A of one is C of the other, either way round;
/// reversed; disjoint); the caller counts the pairs of each kind and this class gives the probability for each.</para>
/// <para>The probability that k ≤ 4 distinct actors get a given pattern of labels is
/// (s_g)_{c_g} · Σ over distinct other groups h_1..h_m of Π (s_{h_j})_{c_j} / (n−1)_k, with (x)_c the
/// falling factorial; the sum over distinct groups is expanded by Möbius inversion over set partitions into
/// power sums Σ_h s_h^d, d ≤ 4, so each broker costs O(1) after O(#groups) set-up.</para>
/// </remarks>
internal sealed class RelabellingNull
{
    /// <summary>Pair kinds: (node count, chain 1 (A, C), chain 2 (A, C)) as positions in the pattern.</summary>
    internal static readonly (int K, int A1, int C1, int A2, int C2)[] PairKinds =
    [
        (2, 0, 1, 0, 1), // the same chain
        (3, 0, 1, 0, 2), // same A
        (3, 0, 1, 2, 1), // same C
        (3, 0, 1, 2, 0), // A of the first is C of the second
        (3, 0, 1, 1, 2), // C of the first is A of the second
        (2, 0, 1, 1, 0), // reversed
        (4, 0, 1, 2, 3), // disjoint
    ];

    private readonly double[] _powerSums = new double[5]; // Σ_h N_h^d over all groups
    private readonly int _others;                        // n − 1
    private readonly Dictionary<int, double[,]> _byGroupSize = [];

    /// <summary>Prepares the null for groups of the given sizes (their total is the actor count).</summary>
    public RelabellingNull(IReadOnlyList<int> groupSizes)
    {
        var n = 0;
        foreach (var s in groupSizes)
        {
            n += s;
            for (var d = 0; d <= 4; d++) _powerSums[d] += Math.Pow(s, d);
        }
        _others = n - 1;
    }

    /// <summary>P(both chains of pair kind <paramref name="kind"/> have <paramref name="role"/>) for a broker
    /// whose group has <paramref name="groupSize"/> actors (the broker included).</summary>
    public double PairProbability(int groupSize, int kind, BrokerageRole role)
    {
        if (!_byGroupSize.TryGetValue(groupSize, out var table))
        {
            table = new double[PairKinds.Length, 5];
            for (var k = 0; k < PairKinds.Length; k++)
            {
                for (var r = 0; r < 5; r++) table[k, r] = Compute(groupSize, PairKinds[k], (BrokerageRole)r);
            }
            _byGroupSize[groupSize] = table;
        }
        return table[kind, (int)role];
    }

    private double Compute(int groupSize, (int K, int A1, int C1, int A2, int C2) kind, BrokerageRole role)
    {
        var k = kind.K;
        var denominator = Falling(_others, k);
        if (denominator <= 0) return 0;
        // Power sums over the OTHER groups (the broker's group excluded).
        var p = new double[5];
        for (var d = 0; d <= 4; d++) p[d] = _powerSums[d] - Math.Pow(groupSize, d);
        var own = groupSize - 1;

        var total = 0.0;
        var labels = new int[k]; // 0 = the broker's group; 1.. = distinct other groups, numbered by first use
        Enumerate(0, 0);
        return total / denominator;

        void Enumerate(int position, int blocks)
        {
            if (position == k)
            {
                if (!Holds(role, labels[kind.A1], labels[kind.C1]) || !Holds(role, labels[kind.A2], labels[kind.C2])) return;
                var inOwn = 0;
                var sizes = new int[blocks];
                foreach (var l in labels)
                {
                    if (l == 0) inOwn++;
                    else sizes[l - 1]++;
                }
                total += Falling(own, inOwn) * DistinctSum(sizes, p);
                return;
            }
            for (var l = 0; l <= blocks + 1; l++)
            {
                labels[position] = l;
                Enumerate(position + 1, Math.Max(blocks, l));
            }
        }
    }

    /// <summary>Whether a chain with A labelled <paramref name="a"/> and C labelled <paramref name="c"/> has the
    /// role (label 0 = the broker's group).</summary>
    internal static bool Holds(BrokerageRole role, int a, int c) => role switch
    {
        BrokerageRole.Coordinator => a == 0 && c == 0,
        BrokerageRole.Itinerant => a != 0 && a == c,
        BrokerageRole.Gatekeeper => a != 0 && c == 0,
        BrokerageRole.Representative => a == 0 && c != 0,
        BrokerageRole.Liaison => a != 0 && c != 0 && a != c,
        _ => false,
    };

    /// <summary>Σ over tuples of DISTINCT other groups (h_1..h_m) of Π_j (s_{h_j})_{c_j}, by Möbius inversion
    /// over the set partitions of the m blocks: Σ_π Π_{B∈π} (−1)^{|B|−1} (|B|−1)! Σ_h Π_{j∈B} (s_h)_{c_j}.</summary>
    private static double DistinctSum(int[] sizes, double[] powerSums)
    {
        var m = sizes.Length;
        if (m == 0) return 1;
        var total = 0.0;
        var block = new int[m];
        Partition(0, 0);
        return total;

        void Partition(int item, int blocks)
        {
            if (item == m)
            {
                var term = 1.0;
                for (var b = 0; b < blocks; b++)
                {
                    var poly = new double[5];
                    poly[0] = 1;
                    var members = 0;
                    for (var j = 0; j < m; j++)
                    {
                        if (block[j] != b) continue;
                        members++;
                        poly = Multiply(poly, FallingPolynomial(sizes[j]));
                    }
                    var sum = 0.0;
                    for (var d = 0; d <= 4; d++) sum += poly[d] * powerSums[d];
                    term *= (members % 2 == 1 ? 1 : -1) * Factorial(members - 1) * sum;
                }
                total += term;
                return;
            }
            for (var b = 0; b <= blocks; b++)
            {
                block[item] = b;
                Partition(item + 1, Math.Max(blocks, b + 1));
            }
        }
    }

    /// <summary>Coefficients of x(x−1)…(x−c+1), lowest degree first (degree ≤ 4).</summary>
    private static double[] FallingPolynomial(int c)
    {
        var poly = new double[5];
        poly[0] = 1;
        for (var i = 0; i < c; i++) poly = Multiply(poly, [-i, 1, 0, 0, 0]);
        return poly;
    }

    private static double[] Multiply(double[] a, double[] b)
    {
        var r = new double[5];
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; i + j < 5; j++) r[i + j] += a[i] * b[j];
        }
        return r;
    }

    private static double Factorial(int x) => x <= 1 ? 1 : x * Factorial(x - 1);

    /// <summary>(x)_c = x(x−1)…(x−c+1), 0 when c &gt; x.</summary>
    internal static double Falling(int x, int c)
    {
        var r = 1.0;
        for (var i = 0; i < c; i++) r *= x - i;
        return Math.Max(r, 0);
    }
}
