using ActorGraph.Analysis.Brokerage;

namespace ActorGraph.Analysis.Tests.Brokerage;

public class BrokerageCounterTests
{
    /// <summary>CSR from arcs.</summary>
    internal static (int[] Offsets, int[] Targets) Csr(int n, params (int From, int To)[] arcs)
    {
        var offsets = new int[n + 1];
        foreach (var (u, _) in arcs) offsets[u + 1]++;
        for (var i = 0; i < n; i++) offsets[i + 1] += offsets[i];
        var fill = (int[])offsets.Clone();
        var targets = new int[arcs.Length];
        foreach (var (u, v) in arcs) targets[fill[u]++] = v;
        return (offsets, targets);
    }

    [Theory]
    // groups of A (node 1), B (node 0), C (node 2)
    [InlineData(0, 0, 0, BrokerageRole.Coordinator)]
    [InlineData(1, 0, 1, BrokerageRole.Itinerant)]
    [InlineData(1, 0, 0, BrokerageRole.Gatekeeper)]
    [InlineData(0, 0, 1, BrokerageRole.Representative)]
    [InlineData(1, 0, 2, BrokerageRole.Liaison)]
    public void A_single_chain_is_counted_in_its_role(int groupA, int groupB, int groupC, BrokerageRole expected)
    {
        // 1 → 0 → 2, plus an isolated node 3 in group 3 so every group id is present.
        var (offsets, targets) = Csr(4, (1, 0), (0, 2));
        var scores = BrokerageCounter.Compute(offsets, targets, [groupB, groupA, groupC, 3]);
        var b = scores[0];
        Assert.Equal(1, b.Chains);
        foreach (var role in Enum.GetValues<BrokerageRole>())
        {
            Assert.Equal(role == expected ? 1 : 0, b[role].Count);
        }
        Assert.All(scores.Skip(1), s => Assert.Equal(0, s.Chains));
    }

    [Fact]
    public void A_closed_triad_or_a_return_to_the_sender_is_no_chain()
    {
        var (offsets, targets) = Csr(3, (1, 0), (0, 2), (1, 2), (0, 1));
        var b = BrokerageCounter.Compute(offsets, targets, [0, 1, 2])[0];
        Assert.Equal(0, b.Chains); // 1→0→2 is closed by 1→2; 1→0→1 returns to the sender
    }

    [Fact]
    public void Direction_matters()
    {
        // 1 → 0 ← 2: B receives from both, sends to nobody: no chain.
        var (offsets, targets) = Csr(3, (1, 0), (2, 0));
        Assert.Equal(0, BrokerageCounter.Compute(offsets, targets, [0, 1, 2])[0].Chains);
    }

    [Fact]
    public void Z_scores_on_a_tiny_case_by_hand()
    {
        // B = 0 and A = 1 in group 0; C = 2 and D = 3 in group 1; arcs 1 → 0 → 2.
        // The other three actors' labels are a shuffle of {g, h, h}: P(A = g, C = h) = 1·2/(3·2) = 1/3, so
        // representative: count 1, E = 1/3, Var = 1/3 · 2/3 = 2/9 (one chain: a Bernoulli), z = (2/3)/√(2/9) = √2;
        // itinerant (A = C = h): E = 2·1/6 = 1/3, z = −(1/3)/√(2/9) = −1/√2;
        // coordinator needs two g's among the others: impossible, E = 0 and no z; liaison needs a third group: same.
        var (offsets, targets) = Csr(4, (1, 0), (0, 2));
        var b = BrokerageCounter.Compute(offsets, targets, [0, 0, 1, 1])[0];
        Assert.Equal(1.0 / 3, b[BrokerageRole.Representative].Expected, 12);
        Assert.Equal(Math.Sqrt(2), b[BrokerageRole.Representative].Z!.Value, 12);
        Assert.Equal(1.0 / 3, b[BrokerageRole.Itinerant].Expected, 12);
        Assert.Equal(-1 / Math.Sqrt(2), b[BrokerageRole.Itinerant].Z!.Value, 12);
        Assert.Equal(1.0 / 3, b[BrokerageRole.Gatekeeper].Expected, 12);
        Assert.Equal(0.0, b[BrokerageRole.Coordinator].Expected, 12);
        Assert.Null(b[BrokerageRole.Coordinator].Z);
        Assert.Null(b[BrokerageRole.Liaison].Z);
    }

    [Fact]
    public void Expected_counts_of_all_roles_add_up_to_the_chains()
    {
        var (offsets, targets) = Csr(6, (1, 0), (2, 0), (0, 3), (0, 4), (4, 0), (0, 5), (5, 1));
        var scores = BrokerageCounter.Compute(offsets, targets, [0, 0, 1, 1, 2, 2]);
        foreach (var s in scores)
        {
            Assert.Equal(s.Chains, s.Roles.Sum(r => r.Count));
            Assert.Equal(s.Chains, s.Roles.Sum(r => r.Expected), 1e-9);
        }
    }

    [Fact]
    public void Group_ids_must_match_the_nodes()
    {
        var (offsets, targets) = Csr(3, (1, 0), (0, 2));
        Assert.Throws<ArgumentException>(() => BrokerageCounter.Compute(offsets, targets, [0, 1]));
    }
}
