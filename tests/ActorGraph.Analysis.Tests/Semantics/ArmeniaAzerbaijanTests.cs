using static ActorGraph.Analysis.Tests.Support.ConflictSeeds;

namespace ActorGraph.Analysis.Tests.Semantics;

/// <summary>Expected answers on tests/seeds/armenia-azerbaijan: the Minsk Group co-chairs (1997-2022, ended),
/// Russia's 2020 ceasefire (agreed), the EU's Brussels talks (2021-2023, collapsed), the US-hosted talks of 2025
/// (agreed, still current). Russia mediates but is Armenia's ally: a partisan mediator.</summary>
public sealed class ArmeniaAzerbaijanTests
{
    private static readonly Core.Model.ActorGraphData Data = ArmeniaAzerbaijan;

    [Fact]
    public void The_whole_record_lists_the_US_as_current_and_the_others_as_history()
    {
        var result = MediatorFinder.Find(Data, "armenia", "azerbaijan");
        Assert.Equal(["united-states"], Ids(result.Explicit));
        Assert.Equal(["european-union", "france", "russia"], Ids(result.Past));
        var us = result.Explicit[0];
        Assert.Equal(["washington-talks", "minsk-group"], us.Processes.Select(p => p.Id).ToArray());
        var russia = Entry(result.Past, "russia");
        Assert.Equal(D("1997-01-01"), russia.FirstEvidence);
        Assert.Equal(D("2022-02-24"), russia.LastEvidence);
        Assert.Equal(2, russia.Processes.Length);
    }

    [Fact]
    public void As_of_dates_give_the_mediators_of_that_time()
    {
        Assert.Equal(["france", "russia", "united-states"],
            Ids(MediatorFinder.Find(Data, "armenia", "azerbaijan", new MediatorQuery(AsOf: D("2021-06-01"))).Explicit));
        Assert.Equal(["european-union"],
            Ids(MediatorFinder.Find(Data, "armenia", "azerbaijan", new MediatorQuery(AsOf: D("2022-06-01"))).Explicit));
        Assert.Equal(["france", "russia", "united-states"],
            Ids(MediatorFinder.Find(Data, "armenia", "azerbaijan", new MediatorQuery(AsOf: D("2020-11-09"))).Explicit));
    }

    [Fact]
    public void Camps_put_Russia_with_its_ally_Armenia_Turkey_with_Azerbaijan_and_the_EU_with_neither()
    {
        var camps = ClusterAnalysis.Run(Data);
        DifferentCamps(Data, camps, "armenia", "azerbaijan");
        SameCamp(Data, camps, "russia", "armenia");
        SameCamp(Data, camps, "turkey", "azerbaijan");
        SameCamp(Data, camps, "nikol-pashinyan", "armenia");
        InNeitherCamp(Data, camps, "european-union", "armenia", "azerbaijan");
        InNeitherCamp(Data, camps, "united-states", "armenia", "azerbaijan");
        var russia = camps.Reasons[Data.IndexOf("russia")];
        Assert.Contains(russia.AlignedWith, t => t.Kind == "allied" && t.OtherId == "armenia");
    }

    [Fact]
    public void A_mediator_allied_with_one_side_is_its_representative_not_a_liaison()
    {
        var partition = BrokerRoles.PartitionOf(ClusterAnalysis.Run(Data));
        var result = MediatorFinder.Find(Data, "armenia", "azerbaijan", new MediatorQuery(Partition: partition));
        var russia = Entry(result.Past, "russia");
        Assert.Equal("representative", russia.Role);
        Assert.Contains("Armenia", russia.RoleBasis, StringComparison.Ordinal);
        Assert.Equal("liaison", Entry(result.Past, "european-union").Role);
        Assert.Equal("liaison", Entry(result.Explicit, "united-states").Role);

        // Without camps the direct alliance still shows.
        var plain = MediatorFinder.Find(Data, "armenia", "azerbaijan");
        Assert.Equal("representative", Entry(plain.Past, "russia").Role);

        var brokerage = BrokerageAnalysis.Run(Data);
        var broker = Broker(brokerage, "russia");
        Assert.Equal(0, broker[BrokerageRole.Liaison].Count);
        Assert.Equal(1, broker[BrokerageRole.Representative].Count);
        Assert.Equal(1, broker[BrokerageRole.Gatekeeper].Count);
        Assert.Equal(2, Broker(brokerage, "united-states")[BrokerageRole.Liaison].Count);
    }

    [Fact]
    public void Paths_and_betweenness_go_through_the_current_mediator_and_then_through_the_mediators_of_the_time()
    {
        var result = PathFinder.Find(Data, "armenia", "azerbaijan");
        Assert.Equal(["united-states"], Via(result.Paths[0]));
        Assert.Equal(1.0, Between(Data, "armenia", "azerbaijan")["united-states"], 9);
        var in2021 = Between(Data, "armenia", "azerbaijan", D("2021-06-01"));
        Assert.Equal(["france", "russia", "united-states"], in2021.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Leaders_roll_up_for_paths_and_mediators()
    {
        var mediators = MediatorFinder.Find(Data, "nikol-pashinyan", "ilham-aliyev");
        Assert.Equal(["united-states"], Ids(mediators.Explicit));
        Assert.Contains("Nikol Pashinyan, who leads Armenia", mediators.Summary, StringComparison.Ordinal);
        var paths = PathFinder.Find(Data, "nikol-pashinyan", "ilham-aliyev");
        Assert.True(paths.Found, paths.Explanation);
        Assert.Equal(["nikol-pashinyan", "armenia", "united-states", "azerbaijan", "ilham-aliyev"], paths.Paths[0].Actors.ToArray());
        Assert.Equal("leads", paths.Paths[0].Hops[0].Tie.Kind);
    }
}
