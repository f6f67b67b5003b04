using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Clusters;

public class ClusterAnalysisTests
{
    private static Actor A(string id) => new(id, id.ToUpperInvariant(), ActorKind.State, []);

    private static Relation R(string id, string s, string t, RelationKind kind, double strength = 1, double confidence = 1, DateRange when = default) =>
        new(id, s, t, kind, strength, confidence, when, [], Modality.Reported, []);

    private static ActorGraphData Data(params Relation[] relations) =>
        new(new[] { "a", "b", "c", "d", "e", "f", "g" }.Select(A), relations, [], []);

    [Fact]
    public void Signed_projection_counts_alignment_and_opposition_not_contact()
    {
        var data = Data(
            R("1", "a", "b", RelationVocabulary.Cooperates, 0.5, 0.8),
            R("2", "b", "a", RelationVocabulary.Supports, 1, 0.5),
            R("3", "a", "c", RelationVocabulary.Pressures),
            R("4", "e", "a", RelationVocabulary.PartOf, 0.5),
            R("5", "c", "d", RelationVocabulary.Attacks, 0.5, 1),
            R("6", "d", "c", RelationVocabulary.ArmedConflict, 1, 0.5),
            R("7", "a", "f", RelationVocabulary.Meets),
            R("8", "a", "g", RelationVocabulary.Mediates),
            R("9", "f", "g", RelationVocabulary.AgreesCeasefire, 0.5));
        var graph = SignedProjection.ToSignedGraph(data);
        Assert.Equal(2, graph.PositiveEdgeCount); // a-b (cooperates + supports), e-a (part-of)
        Assert.Equal(0.4 + 0.5 + 0.5, graph.PositiveDegree(0), 12);
        Assert.Equal(2, graph.NegativeEdgeCount); // c-d (attacks + armed-conflict), f-g (ceasefire)
        Assert.Equal(1.0, graph.NegativeDegree(2), 12);
        Assert.Equal(0.5, graph.NegativeDegree(5), 12);
        Assert.Equal(0, graph.PositiveDegree(2));
        Assert.Equal(0, graph.PositiveDegree(5)); // a meeting is contact, not alignment
    }

    [Fact]
    public void Parties_of_one_process_are_opposed_and_its_mediator_joins_neither()
    {
        var data = new ActorGraphData(new[] { "a", "b", "m", "x" }.Select(A),
            [R("1", "x", "a", RelationVocabulary.Allied), R("2", "m", "a", RelationVocabulary.Meets), R("3", "m", "b", RelationVocabulary.Meets)],
            [new MediationProcess("talks", "Talks", ["a", "b"], ["m"], [], ProcessStatus.Ongoing, default, [], [], Confidence: 0.8)], []);
        var graph = SignedProjection.ToSignedGraph(data);
        Assert.Equal(0.8, graph.NegativeDegree(0), 12);
        Assert.Equal(0, graph.PositiveDegree(2));
        var report = ClusterAnalysis.Run(data);
        Assert.Equal(report.ClusterOfActor[0], report.ClusterOfActor[3]);
        Assert.NotEqual(report.ClusterOfActor[0], report.ClusterOfActor[1]);
        Assert.NotEqual(report.ClusterOfActor[2], report.ClusterOfActor[0]);
        Assert.NotEqual(report.ClusterOfActor[2], report.ClusterOfActor[1]);
        var m = report.Reasons[2];
        Assert.Empty(m.AlignedWith);
        Assert.Contains("no alignment ties", m.Summary, StringComparison.Ordinal);
        var a = report.Reasons[0];
        Assert.Contains(a.AlignedWith, t => t.OtherId == "x" && t.Kind == "allied" && t.SameCamp);
        Assert.Contains(a.OpposedTo, t => t.OtherId == "b" && t.Kind == "co-party" && t.EvidenceId == "talks" && !t.SameCamp);
    }

    [Fact]
    public void As_of_leaves_out_ties_that_had_not_started_or_had_ended()
    {
        var data = Data(
            R("1", "a", "b", RelationVocabulary.Cooperates, when: new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31))),
            R("2", "b", "c", RelationVocabulary.Cooperates, when: new DateRange(new DateOnly(2024, 3, 1), null)));
        var feb = SignedProjection.ToSignedGraph(data, new ProjectionOptions(AsOf: new DateOnly(2024, 2, 15)));
        Assert.Equal(0, feb.PositiveEdgeCount);
        var mar = SignedProjection.ToSignedGraph(data, new ProjectionOptions(AsOf: new DateOnly(2024, 3, 15)));
        Assert.Equal(1, mar.PositiveEdgeCount);
        Assert.Equal(2, SignedProjection.ToSignedGraph(data).PositiveEdgeCount);
    }

    [Fact]
    public void Report_has_every_actor_once_largest_cluster_first_and_consistent_figures()
    {
        var data = Data(
            R("1", "a", "b", RelationVocabulary.Allied),
            R("2", "b", "c", RelationVocabulary.Allied),
            R("3", "a", "c", RelationVocabulary.Cooperates),
            R("4", "d", "e", RelationVocabulary.Allied),
            R("5", "c", "d", RelationVocabulary.Cooperates, 0.2),
            R("6", "b", "e", RelationVocabulary.ArmedConflict));
        var report = ClusterAnalysis.Run(data, new ClusterOptions { Seed = 5 });

        var members = report.Clusters.SelectMany(c => c.Members).ToList();
        Assert.Equal(data.Actors.Select(a => a.Id).Order(), members.Order());
        Assert.Equal(["a", "b", "c"], report.Clusters[0].Members.Order());
        Assert.Equal(["d", "e"], report.Clusters[1].Members.Order());
        Assert.Equal(2, report.Singletons); // f and g have no ties
        Assert.Equal(report.Clusters.Select(c => c.Size), report.Clusters.Select(c => c.Size).OrderDescending());
        for (var i = 0; i < data.Actors.Length; i++)
        {
            Assert.Contains(data.Actors[i].Id, report.Clusters[report.ClusterOfActor[i]].Members);
        }
        Assert.Equal(5, report.CooperativeTies);
        Assert.Equal(1, report.HostileTies);
        Assert.Equal(1, report.Frustration.CooperativeAcross); // the weak c-d meeting
        Assert.Equal(0, report.Frustration.HostileInside);
        Assert.Equal(3, report.Clusters[0].CooperativeTiesInside);
        Assert.Equal(1, report.Clusters[0].CooperativeTiesOutward);
        Assert.Equal(3, report.WeakComponents); // a..e (joined by c-d), f, g
        Assert.True(report.Modularity > 0.2);
    }
}
