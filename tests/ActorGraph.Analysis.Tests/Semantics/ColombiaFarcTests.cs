using static ActorGraph.Analysis.Tests.Support.ConflictSeeds;

namespace ActorGraph.Analysis.Tests.Semantics;

/// <summary>Expected answers on tests/seeds/colombia-farc: the Havana talks with Cuba and Norway as guarantors
/// (2012-2016, agreed and over), the government-ELN talks of 2017-2019 (collapsed) and those since 2022 (ongoing).</summary>
public sealed class ColombiaFarcTests
{
    private static readonly Core.Model.ActorGraphData Data = ColombiaFarc;

    [Fact]
    public void Cuba_and_Norway_are_the_FARC_talks_mediators_in_history_not_current_channels()
    {
        var result = MediatorFinder.Find(Data, "colombia", "farc");
        Assert.Empty(result.Explicit);
        Assert.Equal(["cuba", "norway"], Ids(result.Past));
        var norway = Entry(result.Past, "norway");
        var havana = Assert.Single(norway.Processes);
        Assert.Equal("havana-talks", havana.Id);
        Assert.False(havana.Current);
        Assert.Equal(D("2012-10-18"), norway.FirstEvidence);
        Assert.Equal(D("2016-11-24"), norway.LastEvidence);
        Assert.Contains("Norway", result.Summary, StringComparison.Ordinal);
        Assert.Contains("agreed", result.Summary, StringComparison.Ordinal);

        var during = MediatorFinder.Find(Data, "colombia", "farc", new MediatorQuery(AsOf: D("2014-01-01")));
        Assert.Equal(["cuba", "norway"], Ids(during.Explicit));
        Assert.Empty(MediatorFinder.Find(Data, "colombia", "farc", new MediatorQuery(Current: true)).Past);
    }

    [Fact]
    public void ELN_talks_list_current_guarantors_first_and_the_collapsed_round_after()
    {
        var result = MediatorFinder.Find(Data, "colombia", "eln");
        Assert.Equal(["cuba", "mexico", "norway", "venezuela"], Ids(result.Explicit));
        Assert.Equal(["brazil", "chile"], Ids(result.Past));
        var norway = Entry(result.Explicit, "norway");
        Assert.Equal(["eln-talks-2022", "eln-talks-2017"], norway.Processes.Select(p => p.Id).ToArray());
        Assert.Equal(D("2017-02-07"), norway.FirstEvidence);
        Assert.Equal(D("2024-06-01"), norway.LastEvidence);

        var current = MediatorFinder.Find(Data, "colombia", "eln", new MediatorQuery(Current: true));
        Assert.Equal(["cuba", "mexico", "norway", "venezuela"], Ids(current.Explicit));
        Assert.Empty(current.Past);

        var in2018 = MediatorFinder.Find(Data, "colombia", "eln", new MediatorQuery(AsOf: D("2018-06-01")));
        Assert.Equal(["brazil", "chile", "cuba", "norway", "venezuela"], Ids(in2018.Explicit));
        Assert.Empty(MediatorFinder.Find(Data, "colombia", "eln", new MediatorQuery(AsOf: D("2020-06-01"))).Explicit);
    }

    [Fact]
    public void A_president_rolls_up_to_the_state_for_the_years_he_led_it()
    {
        var petro = MediatorFinder.Find(Data, "gustavo-petro", "eln");
        Assert.Equal(["cuba", "mexico", "norway", "venezuela"], Ids(petro.Explicit));
        Assert.Contains(petro.RolledUp, r => r.ActorId == "gustavo-petro" && r.HeadId == "colombia");
        var santos = MediatorFinder.Find(Data, "juan-manuel-santos", "farc", new MediatorQuery(AsOf: D("2015-01-01")));
        Assert.Equal(["cuba", "norway"], Ids(santos.Explicit));
        var petroIn2015 = MediatorFinder.Find(Data, "gustavo-petro", "farc", new MediatorQuery(AsOf: D("2015-01-01")));
        Assert.Empty(petroIn2015.RolledUp); // Petro did not lead Colombia then
        Assert.Empty(petroIn2015.Explicit);
    }

    [Fact]
    public void Direct_talks_are_a_channel_and_the_ELN_path_runs_through_a_current_guarantor()
    {
        var farc = PathFinder.Find(Data, "colombia", "farc");
        Assert.Empty(Via(farc.Paths[0])); // they negotiated face to face in Havana
        Assert.Contains(farc.Paths, p => p.Actors.Contains("norway") || p.Actors.Contains("cuba"));

        var eln = PathFinder.Find(Data, "colombia", "eln");
        Assert.True(eln.Found, eln.Explanation);
        var via = Assert.Single(Via(eln.Paths[0]));
        Assert.Contains(via, (string[])["cuba", "mexico", "norway", "venezuela"]);
    }

    [Fact]
    public void Camps_put_the_US_with_Colombia_and_the_guarantors_with_neither_side()
    {
        var camps = ClusterAnalysis.Run(Data);
        DifferentCamps(Data, camps, "colombia", "farc");
        DifferentCamps(Data, camps, "colombia", "eln");
        SameCamp(Data, camps, "colombia", "united-states");
        SameCamp(Data, camps, "farc", "rodrigo-londono");
        foreach (var guarantor in new[] { "cuba", "norway", "venezuela", "mexico" })
        {
            InNeitherCamp(Data, camps, guarantor, "colombia", "eln");
            InNeitherCamp(Data, camps, guarantor, "colombia", "farc");
        }
    }

    [Fact]
    public void Brokerage_and_betweenness_agree_with_the_current_ELN_guarantors()
    {
        var between = Between(Data, "colombia", "eln");
        Assert.Equal(["cuba", "mexico", "norway", "venezuela"], between.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.All(between.Values, v => Assert.Equal(0.25, v, 9));

        var brokerage = BrokerageAnalysis.Run(Data);
        foreach (var guarantor in new[] { "cuba", "mexico", "norway", "venezuela", "brazil", "chile" })
            Assert.True(Broker(brokerage, guarantor)[BrokerageRole.Liaison].Count >= 2, guarantor);
        Assert.DoesNotContain(brokerage.Brokers.Take(4), b => b.ActorId is "colombia" or "farc" or "eln");
    }
}
