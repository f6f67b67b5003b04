using ActorGraph.Analysis.Tests.Support;
using static ActorGraph.Analysis.Tests.Support.ConflictSeeds;

namespace ActorGraph.Analysis.Tests.Semantics;

/// <summary>graph-seed, now without copied <c>mediates</c> relations: every answer comes from the processes.</summary>
public sealed class GraphSeedTests
{
    private static readonly Core.Model.ActorGraphData Data = SeedGraph.Data;

    [Fact]
    public void The_seed_records_mediation_only_as_processes()
    {
        Assert.DoesNotContain(Data.Relations, r => r.Kind.Name == "mediates");
        Assert.DoesNotContain(Data.Relations, r => r.Kind.Name == "negotiates" && r.Source == "hamas" && r.Target == "israel");
        Assert.DoesNotContain(Data.Relations, r => r.Kind.Name == "supports" && r.Source == "hamas");
        Assert.Contains(Data.Relations, r => r.Kind.Name == "armed-conflict" && new[] { r.Source, r.Target }.Order().SequenceEqual(["hezbollah", "israel"]));
        Assert.All(Data.Relations, r => Assert.All(r.Evidence, e => Assert.StartsWith("para ", e.Locator, StringComparison.Ordinal)));
        Assert.All(Data.Processes, p => Assert.All(p.Evidence, e => Assert.StartsWith("para ", e.Locator, StringComparison.Ordinal)));
    }

    [Fact]
    public void Process_channels_are_edges_of_the_analysis_graph_with_the_process_as_evidence()
    {
        var graph = ActorGraph.Analysis.Projection.GraphProjection.Cached(Data);
        var edge = graph.OutEdges(Data.IndexOf("egypt")).Single(e => e.Target == Data.IndexOf("hamas"));
        var channel = edge.Relations.First();
        Assert.Equal("process:gaza-ceasefire-talks:egypt~hamas", channel.Id);
        Assert.Equal(Core.Model.RelationSign.Cooperative, edge.Sign);
        Assert.Equal(Data.ProcessesById["gaza-ceasefire-talks"].Evidence, channel.Evidence);
        Assert.DoesNotContain(graph.OutEdges(Data.IndexOf("israel")), e => e.Target == Data.IndexOf("hezbollah")); // a ceasefire is no channel
    }

    [Fact]
    public void Undated_Gaza_talks_are_not_known_before_the_report()
    {
        var before = MediatorFinder.Find(Data, "hamas", "israel", new MediatorQuery(AsOf: D("2023-01-01")));
        Assert.Empty(before.Explicit);
        Assert.Empty(before.Past);
        var after = MediatorFinder.Find(Data, "hamas", "israel", new MediatorQuery(AsOf: D("2024-12-01")));
        Assert.Equal(["egypt", "qatar", "turkey"], Ids(after.Explicit));
    }

    [Fact]
    public void Netanyahu_answers_for_Israel()
    {
        var result = MediatorFinder.Find(Data, "benjamin-netanyahu", "hamas");
        Assert.Equal(["egypt", "qatar", "turkey"], Ids(result.Explicit));
        Assert.Contains("Benjamin Netanyahu, who leads Israel", result.Summary, StringComparison.Ordinal);
        Assert.Equal(["egypt", "qatar", "turkey"], Ids(MediatorFinder.Find(Data, "hamas-delegation", "israel").Explicit));
    }

    [Fact]
    public void Camps_keep_the_mediators_out_and_the_enemies_apart()
    {
        var camps = ClusterAnalysis.Run(Data);
        DifferentCamps(Data, camps, "hamas", "israel");
        DifferentCamps(Data, camps, "israel", "hezbollah");
        foreach (var m in new[] { "egypt", "qatar", "turkey" }) InNeitherCamp(Data, camps, m, "hamas", "israel");
        InNeitherCamp(Data, camps, "united-states", "israel", "hezbollah");
        InNeitherCamp(Data, camps, "france", "israel", "hezbollah");
        SameCamp(Data, camps, "israel", "benjamin-netanyahu");
        SameCamp(Data, camps, "hamas", "hamas-delegation");
        var egypt = camps.Reasons[Data.IndexOf("egypt")];
        Assert.DoesNotContain(egypt.AlignedWith, t => t.OtherId is "hamas" or "israel");
    }

    [Fact]
    public void Paths_centrality_and_brokerage_agree_with_the_reported_mediators()
    {
        var paths = PathFinder.Find(Data, "hamas", "israel");
        Assert.True(paths.Found, paths.Explanation);
        Assert.All(paths.Paths.Take(3), p => Assert.Contains(Assert.Single(Via(p)), (string[])["egypt", "qatar", "turkey"]));

        var between = Between(Data, "hamas", "israel");
        Assert.Equal(["egypt", "qatar", "turkey"], between.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(between.Values, v => Assert.Equal(1.0 / 3, v, 5)); // scores are rounded to 6 places
        var lebanon = Between(Data, "israel", "hezbollah");
        Assert.Equal(["france", "united-states"], lebanon.Keys.Order(StringComparer.Ordinal).ToArray());

        var overall = CentralityReport.Build(Data, CentralityMeasure.Betweenness, top: 100);
        foreach (var m in new[] { "egypt", "qatar", "turkey", "united-states", "france" })
            Assert.Contains(overall.Top, e => e.ActorId == m);

        var brokerage = BrokerageAnalysis.Run(Data);
        Assert.Equal(0, Chains(brokerage, "hamas"));
        Assert.Equal(0, Chains(brokerage, "hamas-delegation")); // it met Egypt's intelligence chief and his service: no gap to broker
        Assert.Equal(["egypt", "france", "qatar", "turkey", "united-states"], brokerage.Brokers.Select(b => b.ActorId).Order(StringComparer.Ordinal).ToArray());
        Assert.True(Broker(brokerage, "united-states")[BrokerageRole.Liaison].Count >= 2);
        foreach (var m in new[] { "egypt", "qatar", "turkey" })
            Assert.True(Broker(brokerage, m)[BrokerageRole.Liaison].Count >= 2, m);
    }

    [Fact]
    public void Mediator_roles_use_the_brokerage_vocabulary_and_the_camps()
    {
        var partition = BrokerRoles.PartitionOf(ClusterAnalysis.Run(Data));
        var result = MediatorFinder.Find(Data, "hamas", "israel", new MediatorQuery(Partition: partition));
        Assert.All(result.Explicit, e => Assert.Equal("liaison", e.Role));
        Assert.All(result.Explicit, e => Assert.Contains(e.Role, Enum.GetNames<BrokerageRole>().Select(n => n.ToLowerInvariant())));
    }
}
