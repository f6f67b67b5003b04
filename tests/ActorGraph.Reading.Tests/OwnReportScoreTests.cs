using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.TestSupport;

namespace ActorGraph.Reading.Tests;

/// <summary>Minimum scores on the project's own test reports (Reports/README.md): other conflicts, other wording,
/// written with their gold readings before the rules were changed against them. The targets of issue 14
/// (actors 90 %, relations and process roles 80 %, at 80 % precision) with a margin, not the figures reached.</summary>
public class OwnReportScoreTests
{
    [Theory]
    [InlineData("21-sudan-jeddah-talks")]
    [InlineData("22-colombia-eln-havana")]
    [InlineData("23-russia-ukraine-uae-exchange")]
    public void Report_meets_the_targets(string name)
    {
        var folder = RepositoryPaths.Combine("tests", "ActorGraph.Reading.Tests", "Reports");
        var result = ReportReader.ReadFile(Path.Combine(folder, name + ".txt"));
        var score = GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromYaml(Path.Combine(folder, name + ".gold.yaml")));

        Assert.True(score.Actors.Recall >= 0.9, $"actor recall {score.Actors.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Actors.Precision >= 0.9, $"actor precision {score.Actors.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.Relations.Recall >= 0.85, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= 0.85, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= 0.8, $"role recall {score.ProcessRoles.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.ProcessRoles.Precision >= 0.8, $"role precision {score.ProcessRoles.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.Empty(score.ForbiddenActors);
    }
}
