using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Who brokers and between whom (issue 14, process roles): the one at whose request a mediator acts is no mediator
/// (`Requesters`); a side's officials who help broker act for the side (`Modifiers`); a broker named with no sides joins the track
/// an earlier cue named rather than two sides merely in view (`EarlierTrack`). Every text is written for the test, with
/// counter-examples.</summary>
public class RequestersAndOfficialsTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private static string Id(ReadingResult result, string name) => Assert.Single(result.Actors, a => a.Name == name).Id;

    [Fact]
    public void The_state_at_whose_request_talks_open_is_no_mediator()
    {
        var result = Read("At the request of the United States, President Luiz Silva of Brazil opened mediation talks between Peru and Ecuador in Brasilia.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["bra"], process.Mediators);
        Assert.Equal(["ecu", "per"], process.Parties.Order());
    }

    [Fact]
    public void At_the_request_of_both_sides_the_mediator_stays()
    {
        var result = Read("At the request of both sides, President Luiz Silva of Brazil opened mediation talks between Peru and Ecuador in Brasilia.");
        Assert.Equal(["bra"], Assert.Single(result.Processes).Mediators);
    }

    [Fact]
    public void A_state_s_officials_who_help_broker_an_accord_make_the_state_a_mediator()
    {
        var result = Read("On 30 October Peru and Ecuador signed an accord in Brasilia. US officials helped broker the accord together with the OAS.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(["oas", "usa"], process.Mediators.Order());
    }

    [Fact]
    public void Officials_who_only_speak_are_no_mediators()
    {
        var result = Read("On 30 October Peru and Ecuador signed an accord in Brasilia. US officials said the accord was brokered by the OAS.");
        Assert.Equal(["oas"], Assert.Single(result.Processes).Mediators);
    }

    [Fact]
    public void A_later_broker_with_no_sides_named_joins_the_earlier_track_not_the_states_in_view()
    {
        var result = Read("On 9 July President Luiz Silva of Brazil opened mediation talks in Brasilia between President Pedro Castro of Peru and "
            + "Colonel Juan Ortiz.\n\nOn 30 October negotiators for the two sides signed an accord in Lima. Chile helped broker the accord together with the OAS.");
        var process = Assert.Single(result.Processes);
        Assert.Equal(new[] { Id(result, "Pedro Castro"), Id(result, "Juan Ortiz") }.Order(), process.Parties.Order());
        Assert.Contains("chl", process.Mediators);
        Assert.DoesNotContain(result.Processes, p => p.Parties.Contains("bra"));
    }
}
