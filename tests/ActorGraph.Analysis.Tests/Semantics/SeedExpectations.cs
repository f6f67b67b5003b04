using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Paths;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Semantics;

/// <summary>Small helpers shared by the expected-answer tests of the conflict seeds.</summary>
internal static class SeedExpectations
{
    public static string[] Ids(IEnumerable<MediatorEntry> entries) => [.. entries.Select(e => e.ActorId).Order(StringComparer.Ordinal)];

    public static MediatorEntry Entry(IEnumerable<MediatorEntry> entries, string id) => Assert.Single(entries, e => e.ActorId == id);

    public static int Camp(ActorGraphData data, ClusterReport report, string id) => report.ClusterOfActor[data.IndexOf(id)];

    public static void SameCamp(ActorGraphData data, ClusterReport report, string a, string b) =>
        Assert.True(Camp(data, report, a) == Camp(data, report, b), $"{a} and {b} should share a camp");

    public static void DifferentCamps(ActorGraphData data, ClusterReport report, string a, string b) =>
        Assert.True(Camp(data, report, a) != Camp(data, report, b), $"{a} and {b} should be in different camps");

    /// <summary>A mediator joins neither side's camp.</summary>
    public static void InNeitherCamp(ActorGraphData data, ClusterReport report, string mediator, string a, string b)
    {
        DifferentCamps(data, report, mediator, a);
        DifferentCamps(data, report, mediator, b);
    }

    /// <summary>Dyad betweenness shares of the actors that score, by id.</summary>
    public static Dictionary<string, double> Between(ActorGraphData data, string a, string b, DateOnly? asOf = null) =>
        CentralityReport.Build(data, CentralityMeasure.Betweenness, asOf, (a, b), top: 100)
            .Top.ToDictionary(e => e.ActorId, e => e.Score, StringComparer.Ordinal);

    public static ActorBrokerage Broker(BrokerageReport report, string id) => Assert.Single(report.Brokers, b => b.ActorId == id);

    public static long Chains(BrokerageReport report, string id) => report.Brokers.FirstOrDefault(b => b.ActorId == id)?.Chains ?? 0;

    public static string[] Via(MediationPath path) => [.. path.Actors.Skip(1).SkipLast(1)];
}
