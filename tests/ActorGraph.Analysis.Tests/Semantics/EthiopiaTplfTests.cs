using ActorGraph.Analysis.Tests.Support;
using static ActorGraph.Analysis.Tests.Support.ConflictSeeds;

namespace ActorGraph.Analysis.Tests.Semantics;

/// <summary>Expected answers on tests/seeds/ethiopia-tplf: the AU-led Pretoria talks (agreed, 2022) and the AU's
/// monitoring of the agreement (ongoing, undated: known from its source's date, 2023-03-01).</summary>
public sealed class EthiopiaTplfTests
{
    private static readonly Core.Model.ActorGraphData Data = EthiopiaTplf;

    [Fact]
    public void The_AU_is_the_mediator_with_its_current_process_first_then_the_past_talks()
    {
        var result = MediatorFinder.Find(Data, "ethiopia", "tplf");
        Assert.Equal(["african-union"], Ids(result.Explicit));
        Assert.Empty(result.Past);
        var au = result.Explicit[0];
        Assert.Equal(["pretoria-implementation", "pretoria-talks"], au.Processes.Select(p => p.Id).ToArray());
        Assert.True(au.Processes[0].Current);
        Assert.False(au.Processes[1].Current);
        Assert.Equal(D("2022-10-25"), au.FirstEvidence);
        Assert.Equal(D("2023-03-01"), au.LastEvidence);
    }

    [Fact]
    public void As_of_a_date_only_what_was_known_and_valid_then_counts()
    {
        var during = MediatorFinder.Find(Data, "ethiopia", "tplf", new MediatorQuery(AsOf: D("2022-10-30")));
        var au = Entry(during.Explicit, "african-union");
        Assert.Equal(["pretoria-talks"], au.Processes.Select(p => p.Id).ToArray()); // the monitoring is not known yet
        var before = MediatorFinder.Find(Data, "ethiopia", "tplf", new MediatorQuery(AsOf: D("2022-06-01")));
        Assert.Empty(before.Explicit);
        Assert.Empty(before.Past);
    }

    [Fact]
    public void Leaders_roll_up_to_the_parties_they_lead_and_the_answer_says_so()
    {
        var result = MediatorFinder.Find(Data, "abiy-ahmed", "debretsion-gebremichael");
        Assert.Equal(["african-union"], Ids(result.Explicit));
        Assert.Contains(result.RolledUp, r => r.ActorId == "abiy-ahmed" && r.HeadId == "ethiopia" && r.Kind == "leads");
        Assert.Contains(result.RolledUp, r => r.ActorId == "debretsion-gebremichael" && r.HeadId == "tplf");
        Assert.Contains("Abiy Ahmed, who leads Ethiopia", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void The_path_between_the_parties_runs_through_the_AU()
    {
        var result = PathFinder.Find(Data, "ethiopia", "tplf");
        Assert.True(result.Found, result.Explanation);
        Assert.Equal(["african-union"], Via(result.Paths[0]));
    }

    [Fact]
    public void Camps_put_Eritrea_and_Abiy_with_Ethiopia_and_the_AU_with_neither_side()
    {
        var camps = ClusterAnalysis.Run(Data);
        DifferentCamps(Data, camps, "ethiopia", "tplf");
        SameCamp(Data, camps, "ethiopia", "eritrea");
        SameCamp(Data, camps, "ethiopia", "abiy-ahmed");
        SameCamp(Data, camps, "tplf", "debretsion-gebremichael");
        InNeitherCamp(Data, camps, "african-union", "ethiopia", "tplf");
        var eritrea = camps.Reasons[Data.IndexOf("eritrea")];
        Assert.Contains(eritrea.AlignedWith, t => t.Kind == "cooperates" && t.OtherId == "ethiopia");
    }

    [Fact]
    public void Brokerage_and_betweenness_agree_that_the_AU_stands_between_the_parties()
    {
        var brokerage = BrokerageAnalysis.Run(Data);
        Assert.Equal("african-union", brokerage.Brokers[0].ActorId);
        Assert.True(Broker(brokerage, "african-union")[BrokerageRole.Liaison].Count >= 2);
        Assert.Equal(0, Chains(brokerage, "tplf"));

        Assert.Equal(1.0, Between(Data, "ethiopia", "tplf")["african-union"], 9);
        var overall = CentralityReport.Build(Data, CentralityMeasure.Betweenness);
        Assert.Equal("african-union", overall.Top[0].ActorId);
    }
}
