using ActorGraph.Reading.Output;
using ActorGraph.Reading.Scoring;
using ActorGraph.TestSupport;

namespace ActorGraph.Reading.Tests;

/// <summary>Minimum scores on the project's own test reports (Reports/README.md): other conflicts, other wording,
/// written with their gold readings before the rules were changed against them. 21-23 were then used to check the
/// rule changes (the minimum is the issue's targets with a margin); 24, 25 and 26 were each written afterwards
/// and measured once before any rule change (docs/reading.md gives those blind figures), then used in turn; so were
/// 27 and 28. 27 (Minsk II) is held to its blind figures below: its relation recall is short of the targets.</summary>
public class OwnReportScoreTests
{
    [Theory]
    [InlineData("21-sudan-jeddah-talks", 0.85, 0.85)]
    [InlineData("22-colombia-eln-havana", 0.85, 0.85)]
    [InlineData("23-russia-ukraine-uae-exchange", 0.85, 0.85)]
    [InlineData("24-drc-m23-doha", 0.85, 0.85)]
    [InlineData("25-camp-david-1978-encyclopedic", 0.85, 0.8)]
    [InlineData("26-armenia-azerbaijan-joint-statement", 0.85, 0.85)]
    [InlineData("28-black-sea-grain-istanbul", 0.85, 0.85)]
    public void Report_meets_the_targets(string name, double relationRecall, double relationPrecision)
        => AssertScores(name, relationRecall, relationPrecision, actorRecall: 0.9);

    /// <summary>27 gives mediation between persons ("brokered the deal between Putin and Poroshenko"), which the reader
    /// rolls up to their states: held at what it reads now (the two separatist republics sharing one head noun and the
    /// Trilateral Contact Group are found as unknown bodies), so that a drop shows.</summary>
    [Fact]
    public void Minsk_report_keeps_its_current_reading() => AssertScores("27-minsk-ii-normandy-talks", 0.55, 0.9, actorRecall: 1.0);

    private static void AssertScores(string name, double relationRecall, double relationPrecision, double actorRecall)
    {
        var folder = RepositoryPaths.Combine("tests", "ActorGraph.Reading.Tests", "Reports");
        var result = ReportReader.ReadFile(Path.Combine(folder, name + ".txt"));
        var score = GraphScorer.Score(GraphMerger.Merge([result]).Graph, GoldFiles.FromYaml(Path.Combine(folder, name + ".gold.yaml")));

        Assert.True(score.Actors.Recall >= actorRecall, $"actor recall {score.Actors.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Actors.Precision >= 0.9, $"actor precision {score.Actors.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.Relations.Recall >= relationRecall, $"relation recall {score.Relations.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.Relations.Precision >= relationPrecision, $"relation precision {score.Relations.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.True(score.ProcessRoles.Recall >= 0.8, $"role recall {score.ProcessRoles.Recall:P1}; missing: {string.Join("; ", score.Missing)}");
        Assert.True(score.ProcessRoles.Precision >= 0.8, $"role precision {score.ProcessRoles.Precision:P1}; wrong: {string.Join("; ", score.Wrong)}");
        Assert.Empty(score.ForbiddenActors);
    }
}
