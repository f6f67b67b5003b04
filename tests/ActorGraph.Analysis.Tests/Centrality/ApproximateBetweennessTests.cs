using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using CsCheck;

namespace ActorGraph.Analysis.Tests.Centrality;

public sealed class ApproximateBetweennessTests
{
    [Fact]
    public void Sample_size_follows_Riondato_and_Kornaropoulos()
    {
        // r = ⌈(0.5 / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉: ε 0.1, δ 0.1, VD 10 → 50 · (3 + 1 + 2.302585) = 315.13.
        Assert.Equal(316, ApproximateBetweenness.SampleSize(0.1, 0.1, 10));
        Assert.True(ApproximateBetweenness.SampleSize(0.05, 0.1, 10) > 4 * 315);
        Assert.Throws<ArgumentOutOfRangeException>(() => ApproximateBetweenness.SampleSize(0, 0.1, 10));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Estimates_lie_within_epsilon_of_exact_betweenness(bool unitLengths)
    {
        // The bound holds with probability 0.99 per graph; the seeds are fixed, so the test is deterministic.
        RandomGraphs.Directed(maxN: 40, maxDistance: unitLengths ? 1 : 4).Sample(spec =>
        {
            var g = spec.Build();
            var n = g.VertexCount;
            if (n < 3) return;
            var exact = Betweenness.Compute(g);
            var estimate = ApproximateBetweenness.Compute(g, epsilon: 0.05, delta: 0.01, seed: 5);
            for (var v = 0; v < n; v++) Assert.InRange(estimate.Scores[v] - exact[v] / (n * (n - 1.0)), -0.05, 0.05);
        }, iter: 40, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Estimates_hold_in_95_percent_of_runs_on_sparse_directed_graphs_with_unreachable_pairs()
    {
        // One arc per vertex on average: most ordered pairs are unreachable, and the sample size comes from the
        // condensation bound rather than from the vertex count. δ = 0.05, so at least 95% of the 60 seeded runs must hold.
        const double epsilon = 0.05;
        int runs = 0, within = 0, unreachable = 0;
        var graphs = Gen.Int[10, 60].SelectMany(n => Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, n - 1]).Array[n / 2, n].Select(a => (n, a)));
        graphs.Sample(spec =>
        {
            var (n, arcs) = spec;
            var ones = Enumerable.Repeat(1.0, arcs.Length).ToArray();
            var g = CompactGraph.FromArcs(n, arcs.Select(a => a.Item1).ToArray(), arcs.Select(a => a.Item2).ToArray(), ones, ones);
            var exact = Betweenness.Compute(g);
            var estimate = ApproximateBetweenness.Compute(g, epsilon, delta: 0.05, seed: runs + 1);
            Assert.True(estimate.VertexDiameterBound <= n);
            runs++;
            if (Enumerable.Range(0, n).All(v => Math.Abs(estimate.Scores[v] - exact[v] / (n * (n - 1.0))) <= epsilon)) within++;
            if (Enumerable.Range(0, n).Any(t => HopDistance.ToTarget(g, t).Count(d => d < 0) > 0)) unreachable++;
        }, iter: 60, threads: 1, seed: "0N0XIzNsQ0O2");
        Assert.Equal(60, runs);
        Assert.True(unreachable >= 55, $"only {unreachable} graphs had unreachable pairs");
        Assert.True(within >= 57, $"{within} of {runs} runs within ε");
    }

    [Fact]
    public void The_centre_of_a_star_carries_every_path_between_leaves()
    {
        const int leaves = 20;
        var src = Enumerable.Range(1, leaves).SelectMany(v => new[] { 0, v }).ToArray();
        var dst = Enumerable.Range(1, leaves).SelectMany(v => new[] { v, 0 }).ToArray();
        var ones = Enumerable.Repeat(1.0, src.Length).ToArray();
        var g = CompactGraph.FromArcs(leaves + 1, src, dst, ones, ones);
        var result = ApproximateBetweenness.Compute(g, epsilon: 0.02, delta: 0.01, seed: 2, parallelism: 2);
        var exact = leaves * (leaves - 1.0) / ((leaves + 1.0) * leaves); // leaf pairs over all ordered pairs
        Assert.InRange(result.Scores[0], exact - 0.02, exact + 0.02);
        Assert.All(result.Scores.Skip(1), s => Assert.Equal(0, s));
        Assert.Equal(3, result.VertexDiameterBound); // leaf, centre, leaf: the hub's depth is 1 each way
        Assert.Equal(ApproximateBetweenness.SampleSize(0.02, 0.01, 3), result.Samples);
    }

    [Fact]
    public void The_answer_does_not_depend_on_the_number_of_threads()
    {
        var random = new Random(3);
        const int n = 300;
        var src = Enumerable.Range(0, 1200).Select(_ => random.Next(n)).ToArray();
        var dst = Enumerable.Range(0, 1200).Select(_ => random.Next(n)).ToArray();
        var lengths = src.Select(_ => (double)random.Next(1, 4)).ToArray();
        var g = CompactGraph.FromArcs(n, src, dst, lengths, lengths);
        var one = ApproximateBetweenness.Compute(g, epsilon: 0.05, delta: 0.1, seed: 9, parallelism: 1);
        var two = ApproximateBetweenness.Compute(g, epsilon: 0.05, delta: 0.1, seed: 9, parallelism: 2);
        var four = ApproximateBetweenness.Compute(g, epsilon: 0.05, delta: 0.1, seed: 9, parallelism: 4);
        Assert.Equal(one.Scores.ToArray(), two.Scores.ToArray()); // ImmutableArray equality compares references
        Assert.Equal(one.Scores.ToArray(), four.Scores.ToArray());
    }

    [Fact]
    public void Tied_shortest_paths_are_drawn_evenly()
    {
        // s→a→t and s→b→t both have length 3, s→c→t has length 4: a and b each carry half of the s→t paths, c none.
        var g = CompactGraph.FromArcs(5, [0, 1, 0, 2, 0, 3], [1, 4, 2, 4, 3, 4], [1.0, 2, 2, 1, 2, 2], [1.0, 1, 1, 1, 1, 1]);
        var result = ApproximateBetweenness.Compute(g, epsilon: 0.01, delta: 0.01, seed: 4);
        // Only the pair (0, 4) has inner vertices: each of a, b has exact betweenness 0.5 / (5 · 4) = 0.025.
        Assert.InRange(result.Scores[1], 0.025 - 0.01, 0.025 + 0.01);
        Assert.InRange(result.Scores[2], 0.025 - 0.01, 0.025 + 0.01);
        Assert.Equal(0, result.Scores[3]);
    }

    [Fact]
    public void A_zero_length_edge_is_refused()
    {
        var g = CompactGraph.FromArcs(3, [0, 1], [1, 2], [0.0, 1], [1.0, 1]);
        Assert.Throws<ArgumentException>(() => ApproximateBetweenness.Compute(g));
    }
}
