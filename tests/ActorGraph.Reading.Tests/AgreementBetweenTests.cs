namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: "the NAME agreement between A and B", referred back to in passing ("Ten days after the ... agreement
/// between"), is a negotiation between A and B. A ceasefire or truce agreement between them is left to the ceasefire rule.
/// Sentences written for the test.</summary>
public class AgreementBetweenTests
{
    private static List<string> Ties(string text) =>
        ReportReader.ReadText(text).Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void An_agreement_between_two_sides_referred_back_to_is_their_negotiation()
    {
        var ties = Ties("Ten days after the Lusaka agreement between Angola and UNITA, the two sides' generals met in Luanda.");
        Assert.Contains(ties, t => t is "ago negotiates unita" or "unita negotiates ago");
    }

    [Fact]
    public void An_accord_between_two_states_is_their_negotiation()
    {
        var ties = Ties("The 2018 accord between Ethiopia and Eritrea ended two decades of stalemate.");
        Assert.Contains(ties, t => t is "eth negotiates eri" or "eri negotiates eth");
    }

    [Fact]
    public void A_ceasefire_agreement_between_two_sides_is_no_negotiation_of_this_rule()
    {
        var ties = Ties("The ceasefire agreement between Armenia and Azerbaijan held for a week.");
        Assert.DoesNotContain(ties, t => t.Contains(" negotiates ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_agreement_between_no_named_sides_gives_no_negotiation()
    {
        var ties = Ties("Switzerland welcomed the agreement between the two companies, signed on Monday in Geneva.");
        Assert.DoesNotContain(ties, t => t.Contains(" negotiates ", StringComparison.Ordinal));
    }
}
