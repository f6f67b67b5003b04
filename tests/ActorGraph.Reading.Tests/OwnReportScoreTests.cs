using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.TestSupport;

namespace ActorGraph.Reading.Tests;

/// <summary>Minimum scores on the project's own test reports (Reports/README.md): other conflicts, other wording,
/// written with their gold readings before the rules were changed against them. 21-23 were then used to check the
/// rule changes (the minimum is the issue's targets with a margin); 24, 25 and 26 were each written afterwards
/// and measured once before any rule change (docs/reading.md gives those blind figures), then used in turn.</summary>
public class OwnReportScoreTests
{
    [Theory]
    [InlineData("21-sudan-jeddah-talks", 0.85, 0.85)]
    [InlineData("22-colombia-eln-havana", 0.85, 0.85)]
    [InlineData("23-russia-ukraine-uae-exchange", 0.85, 0.85)]
    [InlineData("24-drc-m23-doha", 0.85, 0.85)]
    [InlineData("25-camp-david-1978-encyclopedic", 0.85, 0.8)]
    [InlineData("26-armenia-azerbaijan-joint-statement", 0.85, 0.85)]
    public void Report_meets_the_targets(string name, double relationRecall, double relationPrecision)
    {
        var folder = RepositoryPaths.Combine("tests", "ActorGraph.Reading.Tests", "Reports");
        var result = ReportReader.ReadFile(Path.Combine(folder, name + ".txt"));
        var score = GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromYaml(Path.Combine(folder, name + ".gold.yaml")));

        Assert.True(score.Actors.Recall >= 0.9, $"actor recall {score.Actors.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Actors.Precision >= 0.9, $"actor precision {score.Actors.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.Relations.Recall >= relationRecall, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= relationPrecision, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= 0.8, $"role recall {score.ProcessRoles.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.ProcessRoles.Precision >= 0.8, $"role precision {score.ProcessRoles.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.Empty(score.ForbiddenActors);
    }
}
