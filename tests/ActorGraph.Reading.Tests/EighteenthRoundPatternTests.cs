using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The eighteenth round's rules, on sentences written for the test (not taken from any report): a mediator named
/// by "under X's auspices" or "under X auspices", and talks "convened by X" only when talks or two sides are named.</summary>
public class EighteenthRoundPatternTests
{
    private static List<string> Mediations(string text) =>
        ReportReader.ReadText(text).Relations.Where(r => r.Kind.Name == "mediates")
            .Select(r => $"{r.Source} mediates {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Under_a_states_auspices_between_two_sides_makes_the_state_mediate_both()
    {
        var ties = Mediations("The truce was signed in Oslo in 1996 under Norway's auspices between the Colombian government and the FARC.");
        Assert.Equal(["nor mediates col-gov", "nor mediates farc"], ties);
    }

    [Fact]
    public void Under_an_adjective_of_a_state_and_auspices_makes_the_state_mediate()
    {
        var ties = Mediations("The truce was signed in 1996 under Norwegian auspices between the Colombian government and the FARC.");
        Assert.Equal(["nor mediates col-gov", "nor mediates farc"], ties);
    }

    [Fact]
    public void Under_a_states_leadership_is_no_mediation()
    {
        var ties = Mediations("The Colombian government and the FARC signed a truce in Havana in May under Cuba's leadership.");
        Assert.Empty(ties);
    }

    [Fact]
    public void Talks_convened_by_a_state_after_the_pair_was_named_make_it_mediate()
    {
        var ties = Mediations("The Colombian government and the FARC met in Havana in May. The talks were convened by Cuba.");
        Assert.Equal(["cub mediates col-gov", "cub mediates farc"], ties);
    }

    [Fact]
    public void A_conference_convened_by_the_secretary_general_is_no_mediation_of_the_pair_in_view()
    {
        var ties = Mediations("The Colombian government and the FARC signed a truce in Havana in May. A conference on climate "
            + "finance was convened by the United Nations Secretary-General in New York in June.");
        Assert.Empty(ties);
    }

    [Fact]
    public void A_meeting_between_two_sides_convened_by_a_body_makes_it_mediate()
    {
        var ties = Mediations("A meeting between the Colombian government and the FARC was convened by the United Nations in Geneva in June.");
        Assert.Equal(["uno mediates col-gov", "uno mediates farc"], ties);
    }
}
