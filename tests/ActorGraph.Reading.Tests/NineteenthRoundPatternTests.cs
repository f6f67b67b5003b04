using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>The nineteenth round's rules, on sentences written for the test (not taken from any report): an envoy whose title
/// names an organisation mediates for it, and names of movements that hold a state's name with "'s" or "X and Y".</summary>
public class NineteenthRoundPatternTests
{
    private static List<string> Mediations(string text) =>
        ReportReader.ReadText(text).Relations.Where(r => r.Kind.Name == "mediates")
            .Select(r => $"{r.Source} mediates {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void An_envoy_of_an_organisation_who_facilitates_talks_brings_the_organisation_in_as_mediator()
    {
        var ties = Mediations("The Government of Syria and the Syrian opposition met in Geneva on Monday. "
            + "The talks were facilitated by the UN Special Envoy, Geir Pedersen.");
        Assert.Contains("uno mediates syr-gov", ties);
        Assert.Contains("uno mediates syrian-opposition", ties);
        Assert.Contains("geir-pedersen mediates syr-gov", ties);
    }

    [Fact]
    public void A_minister_of_a_state_who_mediates_does_not_make_the_state_a_mediator()
    {
        var ties = Mediations("The Government of Syria and the Syrian opposition met in Geneva on Monday. "
            + "The talks were facilitated by the Omani Foreign Minister, Badr Albusaidi.");
        Assert.DoesNotContain(ties, t => t.StartsWith("omn ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_secretary_general_who_mediates_is_no_envoy_of_the_organisation()
    {
        var ties = Mediations("The Government of Syria and the Syrian opposition met in Geneva on Monday. "
            + "The talks were facilitated by the UN Secretary-General, Antonio Guterres.");
        Assert.DoesNotContain(ties, t => t.StartsWith("uno ", StringComparison.Ordinal));
    }
}
