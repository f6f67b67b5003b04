using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles round of the eighteenth session (docs/reading.md): a courtesy title ("Ambassador") before the name
/// set beside a body's mediator noun, and shuttle trips to both sides' capitals with a peace plan. Every sentence is written for the test (other conflicts than the reports), with
/// counter-examples.</summary>
public class ProcessRoleShuttleTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void An_ambassador_named_beside_a_body_s_mediator_noun_mediates_with_the_body()
    {
        var result = Read("From then on the negotiations between Sudan and South Sudan were led by the AU mediator, Ambassador Haile Tesfaye, "
            + "who kept both delegations in one hotel.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "African Union"), process.Mediators);
        Assert.Contains(Id(result, "Haile Tesfaye"), process.Mediators);
    }

    [Fact]
    public void A_special_envoy_named_beside_a_body_s_facilitator_noun_mediates_with_the_body()
    {
        var result = Read("Talks between Ethiopia and Eritrea were chaired by the UN facilitator, Special Envoy Marta Lindqvist, in Algiers.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(Id(result, "Marta Lindqvist"), process.Mediators);
    }

    [Fact]
    public void A_side_s_own_negotiator_styled_ambassador_is_no_mediator()
    {
        var result = Read("Sudan's chief negotiator, Ambassador Idris Salih, met the delegation of South Sudan in Juba.");
        Assert.All(result.Processes, p => Assert.DoesNotContain(p.Mediators, m => m.Contains("idris", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_leader_s_title_after_the_comma_is_not_taken_for_a_courtesy_title()
    {
        var result = Read("The AU mediator, President Haile Tesfaye of Ethiopia, met the delegations of Sudan and South Sudan in Addis Ababa.");
        var tesfaye = Assert.Single(result.Actors, a => a.Name == "Haile Tesfaye");
        Assert.DoesNotContain(result.Relations, r => r.Source == tesfaye.Id && r.Target == "african-union" && r.Kind == RelationVocabulary.MemberOf);
    }

    [Fact]
    public void Who_travels_to_both_sides_capitals_with_a_peace_plan_mediates_between_them()
    {
        var result = Read("Fighting between Eritrea and Ethiopia resumed in May 2000. The Algerian president travelled to Asmara and Addis Ababa with a peace plan.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["dza"], process.Mediators);
        Assert.Equal(["eri", "eth"], process.Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_visitor_who_holds_a_body_s_chairmanship_goes_for_the_body()
    {
        var result = Read("War broke out between Armenia and Azerbaijan in 2020. Sweden's foreign minister, Ann Linde, who held the chairmanship of the OSCE that year, "
            + "flew to Yerevan and Baku on 2 October with a ceasefire proposal.");
        var process = Assert.Single(result.Processes);
        Assert.Equal([Id(result, "OSCE")], process.Mediators);
    }

    [Fact]
    public void A_trip_to_two_capitals_with_another_proposal_is_no_mediation()
    {
        var result = Read("Fighting between Eritrea and Ethiopia resumed in May 2000. The Italian trade minister travelled to Asmara and Addis Ababa with a trade proposal.");
        Assert.Empty(result.Processes);
    }

    [Fact]
    public void A_trip_to_one_side_s_capital_alone_is_not_read_as_this_mediation()
    {
        var result = Read("Fighting between Eritrea and Ethiopia resumed in May 2000. The Algerian president travelled to Asmara with a peace plan.");
        Assert.DoesNotContain(result.Processes, p => p.Mediators.Contains("dza"));
    }

    [Fact]
    public void A_trip_with_a_peace_plan_to_two_capitals_that_are_not_the_sides_is_no_mediation()
    {
        var result = Read("Fighting between Eritrea and Ethiopia resumed in May 2000. The Algerian president travelled to Asmara and Rome with a peace plan.");
        Assert.DoesNotContain(result.Processes, p => p.Mediators.Contains("dza"));
    }

    [Fact]
    public void A_trip_with_a_peace_plan_to_the_sides_named_in_the_other_order_mediates()
    {
        var result = Read("Talks between Armenia and Azerbaijan had stalled by 2016. The Russian foreign minister flew to Baku and Yerevan with a peace plan.");
        var process = Assert.Single(result.Processes, p => p.Mediators.Contains("rus"));
        Assert.Equal(["arm", "aze"], process.Parties.Order(StringComparer.Ordinal));
    }
}
