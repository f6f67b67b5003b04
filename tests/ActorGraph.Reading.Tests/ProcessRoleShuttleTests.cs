using ActorGraph.Core.Model;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The process roles round of the eighteenth session (docs/reading.md): a courtesy title ("Ambassador") before the name
/// set beside a body's mediator noun. Every sentence is written for the test (other conflicts than the reports), with
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
}
