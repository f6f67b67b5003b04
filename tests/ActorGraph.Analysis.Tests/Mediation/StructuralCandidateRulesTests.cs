using ActorGraph.Analysis.Mediation;
using ActorGraph.Analysis.Tests.Support;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Tests.Mediation;

/// <summary>The two rules a structural candidate passes beyond contact with both sides: sustained contact (at least
/// <see cref="CandidateMediators.MinContactEvents"/> sightings per side: distinct sources or days, not events) and not
/// being part of a side.</summary>
public sealed class StructuralCandidateRulesTests
{
    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 1, false)]
    [InlineData(1, 2, false)]
    [InlineData(2, 2, true)]
    [InlineData(40, 2, true)]
    public void A_candidate_needs_two_sources_with_each_side(int sourcesWithA, int sourcesWithB, bool listed)
    {
        var data = new GraphBuilder().Actors("a", "b", "m")
            .Tie("a", "attacks", "b")
            .Tie("m", "meets", "a", weight: sourcesWithA, sources: Sources(sourcesWithA))
            .Tie("m", "meets", "b", weight: sourcesWithB, sources: Sources(sourcesWithB))
            .Build();

        var structural = MediatorFinder.Find(data, "a", "b").Structural;

        Assert.Equal(listed ? ["m"] : Array.Empty<string>(), structural.Select(e => e.ActorId).ToArray());
    }

    [Theory]
    // 40 rows of one article on one day with each side: one sighting each, however many events.
    [InlineData(40, 1, 1, false)]
    // The same burst, but one side's contact seen again the next day: still one sighting on the other side.
    [InlineData(40, 1, 2, false)]
    // Two reports with one side, two days with the other: sustained on both sides.
    [InlineData(40, 2, 2, true)]
    public void A_burst_of_events_from_one_report_on_one_day_is_one_sighting(int events, int reportsWithA, int daysWithB, bool listed)
    {
        var day = GraphBuilder.D(2018, 3, 26);
        var builder = new GraphBuilder().Actors("a", "b", "m")
            .Tie("a", "attacks", "b", start: day)
            .Tie("m", "meets", "a", start: day, weight: events, sources: Sources(reportsWithA));
        for (var d = 0; d < daysWithB; d++) builder.Tie("m", "engages", "b", start: day.AddDays(d), weight: events, sources: ["article"]);
        builder.Tie("m", "meets", "b", start: day, weight: events, sources: ["article"]);

        Assert.Equal(listed ? ["m"] : Array.Empty<string>(), MediatorFinder.Find(builder.Build(), "a", "b").Structural.Select(e => e.ActorId).ToArray());
    }

    [Fact]
    public void One_report_on_two_days_or_two_reports_on_one_day_are_two_sightings()
    {
        var day = GraphBuilder.D(2018, 3, 26);
        var data = new GraphBuilder().Actors("a", "b", "days", "reports", "burst")
            .Tie("a", "attacks", "b", start: day)
            .Tie("days", "meets", "a", start: day, sources: ["article"]).Tie("days", "meets", "a", start: day.AddDays(1), sources: ["article"])
            .Tie("days", "meets", "b", start: day, sources: ["article"]).Tie("days", "meets", "b", start: day.AddDays(3), sources: ["article"])
            .Tie("reports", "meets", "a", start: day, sources: ["x", "y"]).Tie("reports", "meets", "b", start: day, sources: ["x", "z"])
            .Tie("burst", "meets", "a", start: day, weight: 9, sources: ["x"]).Tie("burst", "engages", "a", start: day, weight: 9, sources: ["x"])
            .Tie("burst", "meets", "b", start: day, weight: 9, sources: ["x", "y"])
            .Build();

        Assert.Equal(["days", "reports"], MediatorFinder.Find(data, "a", "b").Structural.Select(e => e.ActorId).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Facts_without_a_source_count_by_their_weight()
    {
        // A hand-coded fact with no evidence: nothing says its events are one reading.
        var data = new ActorGraphData(
            [new Actor("a", "A", ActorKind.State, []), new Actor("b", "B", ActorKind.State, []), new Actor("m", "M", ActorKind.State, [])],
            [Unsourced("a", "attacks", "b", 1), Unsourced("m", "meets", "a", 2), Unsourced("m", "meets", "b", 2)], [], []);

        Assert.Equal(["m"], MediatorFinder.Find(data, "a", "b").Structural.Select(e => e.ActorId).ToArray());
        Assert.False(Sightings.AtLeast([Unsourced("m", "meets", "a", 1)], 2));
    }

    private static Relation Unsourced(string source, string kind, string target, int weight) =>
        new($"{source}-{kind}-{target}", source, target, RelationVocabulary.Get(kind), 1, 1, default, [], Modality.Reported, [], weight);

    private static string[] Sources(int n) => [.. Enumerable.Range(1, n).Select(i => $"report-{i}")];

    [Fact]
    public void An_actor_whose_own_country_is_a_side_is_no_candidate()
    {
        var data = new GraphBuilder()
            .Actor("ind", ActorKind.State, "IND").Actor("rebels", ActorKind.ArmedGroup, "IND")
            .Actor("ministry", ActorKind.Agency, "IND").Actor("norway", ActorKind.State, "NOR")
            .Tie("rebels", "attacks", "ind")
            .Tie("ministry", "meets", "ind", sources: ["s1", "s2"]).Tie("ministry", "meets", "rebels", sources: ["s1", "s2"])
            .Tie("norway", "meets", "ind", sources: ["s1", "s2"]).Tie("norway", "meets", "rebels", sources: ["s1", "s2"])
            .Build();

        Assert.Equal(["norway"], MediatorFinder.Find(data, "ind", "rebels").Structural.Select(e => e.ActorId).ToArray());
    }

    [Fact]
    public void Two_actors_of_one_country_that_is_no_side_can_meet_a_broker_of_that_country()
    {
        // The country rule is about a side that is that state: a national body between two domestic parties stays.
        var data = new GraphBuilder()
            .Actor("party", ActorKind.Organisation, "IND").Actor("rebels", ActorKind.ArmedGroup, "IND")
            .Actor("council", ActorKind.Organisation, "IND")
            .Tie("rebels", "attacks", "party")
            .Tie("council", "meets", "party", sources: ["s1", "s2"]).Tie("council", "meets", "rebels", sources: ["s1", "s2"])
            .Build();

        Assert.Equal(["council"], MediatorFinder.Find(data, "party", "rebels").Structural.Select(e => e.ActorId).ToArray());
    }

    [Theory]
    [InlineData("envoy", "member-of", "a")]   // the envoy belongs to side a
    [InlineData("deputy", "part-of", "b")]    // an agency of side b
    [InlineData("a", "part-of", "bloc")]      // side a belongs to the bloc
    [InlineData("boss", "leads", "b")]        // side b's leader
    public void An_actor_on_a_side_is_no_candidate(string source, string kind, string target)
    {
        var insider = new[] { source, target }.Single(x => x is not "a" and not "b");
        var data = new GraphBuilder().Actors("a", "b", insider, "outsider")
            .Tie("a", "attacks", "b")
            .Tie(source, kind, target)
            .Tie(insider, "meets", "a", sources: ["s1", "s2"]).Tie(insider, "meets", "b", sources: ["s1", "s2"])
            .Tie("outsider", "meets", "a", sources: ["s1", "s2"]).Tie("outsider", "meets", "b", sources: ["s1", "s2"])
            .Build();

        Assert.Equal(["outsider"], MediatorFinder.Find(data, "a", "b").Structural.Select(e => e.ActorId).ToArray());
    }
}
