using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;

namespace ActorGraph.Analysis.Tests.Centrality;

/// <summary>Above <see cref="CentralityReport.ExactBetweennessLimit"/> actors the betweenness ranking is an estimate
/// with a stated error bound; the answer must carry the bound and honour it.</summary>
public sealed class EstimatedBetweennessReportTests
{
    /// <summary>51 camps of a leader and 99 members, the leaders tied in a ring and to one hub: 5,101 actors.</summary>
    private static Core.Model.ActorGraphData Camps()
    {
        var builder = new GraphBuilder().Actors("hub");
        const int camps = 51;
        for (var c = 0; c < camps; c++)
        {
            builder.Actors($"leader{c}").Tie("hub", "cooperates", $"leader{c}", strength: 0.9);
            builder.Tie($"leader{c}", "cooperates", $"leader{(c + 1) % camps}", strength: 0.6 + 0.4 * (c % 3) / 2);
            for (var m = 0; m < 99; m++) builder.Actors($"member{c}x{m}").Tie($"leader{c}", "cooperates", $"member{c}x{m}", strength: 0.5 + 0.05 * (m % 10));
        }
        return builder.Build();
    }

    [Fact]
    public void A_large_graph_gets_an_estimate_within_its_stated_bound_of_exact_betweenness()
    {
        var data = Camps();
        var n = data.Actors.Length;
        Assert.True(n > CentralityReport.ExactBetweennessLimit);

        var report = CentralityReport.Build(data, CentralityMeasure.Betweenness, top: 20);

        var estimate = Assert.IsType<BetweennessEstimate>(report.Estimate);
        Assert.Equal(CentralityReport.EstimateEpsilon * n / (n - 2.0), estimate.ErrorBound, 12);
        Assert.Equal(1 - CentralityReport.EstimateDelta, estimate.Confidence, 12);
        Assert.Equal(ApproximateBetweenness.SampleSize(CentralityReport.EstimateEpsilon, CentralityReport.EstimateDelta, n), estimate.Samples);
        Assert.Contains("within ±", report.Description);
        Assert.Contains("probability 0.9", report.Description);

        var graph = GraphProjection.Cached(data, new ProjectionOptions(Traversal: Traversal.CooperativeBothWays));
        var exact = Betweenness.Compute(graph);
        foreach (var entry in report.Top)
        {
            var v = data.IndexOf(entry.ActorId);
            Assert.InRange(entry.Score - exact[v] / ((n - 1.0) * (n - 2.0)), -estimate.ErrorBound - 1e-6, estimate.ErrorBound + 1e-6);
        }
        Assert.Equal("hub", report.Top[0].ActorId); // about 0.96 of all pairs go through it; a leader carries about 0.04
        Assert.All(report.Top.Skip(1), e => Assert.StartsWith("leader", e.ActorId));
    }

    [Fact]
    public void A_small_graph_gets_exact_betweenness_and_no_estimate()
    {
        var data = new GraphBuilder().Actors("a", "b", "c").Tie("a", "cooperates", "b").Tie("b", "cooperates", "c").Build();
        var report = CentralityReport.Build(data, CentralityMeasure.Betweenness);
        Assert.Null(report.Estimate);
        Assert.Equal("b", Assert.Single(report.Top).ActorId);
        Assert.Equal(1.0, report.Top[0].Score, 9);
    }
}
