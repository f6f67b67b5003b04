using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.Seed;

namespace ActorGraph.Reading.Tests;

/// <summary>Minimum scores on the shared reports with gold readings, set at what the reader reaches today
/// (docs/reading.md has the figures); a drop below them is a regression.</summary>
public class SharedReportScoreTests
{
    [Theory]
    [InlineData("01-yemen-un-truce", 1.0, 0.95, 1.0, 0.95, 1.0)]
    [InlineData("04-ethiopia-pretoria-au-talks", 1.0, 0.95, 1.0, 0.8, 1.0)]
    [InlineData("08-cambodia-thailand-kl-declaration", 1.0, 0.95, 1.0, 0.85, 1.0)]
    [InlineData("11-portsmouth-1905-encyclopedic", 1.0, 0.9, 0.9, 0.95, 1.0)]
    public void Report_meets_its_minimum_scores(string name, double actorRecall, double actorPrecision, double relationRecall, double relationPrecision, double roleRecall)
    {
        var result = ReportReader.ReadFile(SharedFiles.Report(name));
        var score = GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromYaml(SharedFiles.Gold(name)));

        Assert.True(score.Actors.Recall >= actorRecall, $"actor recall {score.Actors.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Actors.Precision >= actorPrecision, $"actor precision {score.Actors.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.Relations.Recall >= relationRecall, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= relationPrecision, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= roleRecall, $"role recall {score.ProcessRoles.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.Empty(score.ForbiddenActors);
    }

    [Fact]
    public void Article_recovers_graph_seed()
    {
        var graphSeed = SeedLoader.Load(SharedFiles.GraphSeed).Graph!;
        var result = ReportReader.ReadFile(SharedFiles.Article);
        var score = GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromGraph("graph-seed", graphSeed));

        Assert.True(score.Actors.Recall >= 0.9, string.Join("; ", score.Missing));
        Assert.True(score.Relations.Recall >= 0.8, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= 0.8, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= 0.8, string.Join("; ", score.Missing));
    }
}
