using static ActorGraph.Analysis.Tests.Support.ConflictSeeds;

namespace ActorGraph.Analysis.Tests.Semantics;

/// <summary>Expected answers on tests/seeds/sri-lanka-ltte: Norway's facilitation, 2000-02 to 2006-10, collapsed;
/// a ceasefire 2002-2008 that was an outcome of it, not a channel of its own.</summary>
public sealed class SriLankaLtteTests
{
    private static readonly Core.Model.ActorGraphData Data = SriLankaLtte;

    [Fact]
    public void Norway_is_the_answer_to_who_mediated_with_its_dates_and_status()
    {
        var result = MediatorFinder.Find(Data, "sri-lanka", "ltte");
        Assert.Empty(result.Explicit);
        var norway = Assert.Single(result.Past);
        Assert.Equal("norway", norway.ActorId);
        var process = Assert.Single(norway.Processes);
        Assert.Equal(Core.Model.ProcessStatus.Collapsed, process.Status);
        Assert.Equal(D("2000-02-01"), norway.FirstEvidence);
        Assert.Equal(D("2006-10-29"), norway.LastEvidence);
        Assert.Contains("Norway", result.Summary, StringComparison.Ordinal);
        Assert.Contains("2000-02-01", result.Summary, StringComparison.Ordinal);
        Assert.Contains("collapsed", result.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("No mediation between them is reported", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Current_and_as_of_split_the_record_by_date()
    {
        var current = MediatorFinder.Find(Data, "sri-lanka", "ltte", new MediatorQuery(Current: true));
        Assert.Empty(current.Explicit);
        Assert.Empty(current.Past);
        Assert.Equal(["norway"], Ids(MediatorFinder.Find(Data, "sri-lanka", "ltte", new MediatorQuery(AsOf: D("2003-01-01"))).Explicit));
        Assert.Empty(MediatorFinder.Find(Data, "sri-lanka", "ltte", new MediatorQuery(AsOf: D("1999-01-01"))).Explicit);
    }

    [Fact]
    public void Rajapaksa_answers_for_Sri_Lanka_only_while_he_led_it()
    {
        var in2006 = MediatorFinder.Find(Data, "mahinda-rajapaksa", "velupillai-prabhakaran", new MediatorQuery(AsOf: D("2006-06-01")));
        Assert.Equal(["norway"], Ids(in2006.Explicit));
        Assert.Contains("Mahinda Rajapaksa, who leads Sri Lanka", in2006.Summary, StringComparison.Ordinal);
        var in2003 = MediatorFinder.Find(Data, "mahinda-rajapaksa", "velupillai-prabhakaran", new MediatorQuery(AsOf: D("2003-01-01")));
        Assert.Empty(in2003.Explicit);
        Assert.DoesNotContain(in2003.RolledUp, r => r.ActorId == "mahinda-rajapaksa");
    }

    [Fact]
    public void The_channel_ran_through_Norway_not_through_the_ceasefire()
    {
        var result = PathFinder.Find(Data, "sri-lanka", "ltte");
        Assert.True(result.Found, result.Explanation);
        Assert.Equal(["norway"], Via(result.Paths[0]));
        Assert.Equal(1.0, Between(Data, "sri-lanka", "ltte")["norway"], 9);
        Assert.Equal(1.0, Between(Data, "sri-lanka", "ltte", D("2003-01-01"))["norway"], 9);
    }

    [Fact]
    public void Camps_split_the_parties_and_leave_Norway_outside_both()
    {
        var camps = ClusterAnalysis.Run(Data);
        DifferentCamps(Data, camps, "sri-lanka", "ltte");
        SameCamp(Data, camps, "ltte", "velupillai-prabhakaran");
        SameCamp(Data, camps, "sri-lanka", "mahinda-rajapaksa");
        SameCamp(Data, camps, "norway", "erik-solheim");
        InNeitherCamp(Data, camps, "norway", "sri-lanka", "ltte");
        var ltte = camps.Reasons[Data.IndexOf("ltte")];
        Assert.Contains(ltte.OpposedTo, t => t.OtherId == "sri-lanka");
    }

    [Fact]
    public void Norway_is_the_liaison_broker()
    {
        var brokerage = BrokerageAnalysis.Run(Data);
        var norway = Broker(brokerage, "norway");
        Assert.Equal(2, norway[BrokerageRole.Liaison].Count);
        Assert.Equal("norway", brokerage.Brokers[0].ActorId);
    }
}
