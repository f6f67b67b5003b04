namespace ActorGraph.Reading.Tests;

/// <summary>The passive signing ("the accord was signed by President A of X and President B of Y") as a negotiation of the two
/// sides, and a mediation cue's "by" that belongs to a text's own participle ("conducted under the plan adopted by X"), on
/// sentences written for the test (not taken from any report), with counter-examples.</summary>
public class PassiveSigningTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    private static bool Negotiates(string tie, string a, string b) =>
        tie == $"{a} negotiates {b}" || tie == $"{b} negotiates {a}";

    [Fact]
    public void Passive_signing_by_two_leaders_is_a_negotiation_of_their_states()
    {
        var ties = Ties("The border treaty was signed by President Paul Kagame of Rwanda and President Yoweri Museveni of Uganda in Luanda on Monday.");
        Assert.Contains(ties, t => Negotiates(t, "rwa", "uga"));
    }

    [Fact]
    public void Passive_signing_of_several_accords_by_two_governments_is_a_negotiation()
    {
        var ties = Ties("Both accords had been signed by the Government of Chad and the Government of the Central African Republic before the summit.");
        Assert.Contains(ties, t => Negotiates(t, "tcd-gov", "caf-gov"));
    }

    [Fact]
    public void Passive_signing_by_one_side_is_no_negotiation()
    {
        var ties = Ties("The declaration was signed by President Paul Kagame of Rwanda on Monday.");
        Assert.DoesNotContain(ties, t => t.Contains(" negotiates ", StringComparison.Ordinal));
    }

    [Fact]
    public void Body_that_adopted_the_framework_of_the_talks_is_no_mediator()
    {
        var ties = Ties("The Government of Chad and the Government of the Central African Republic held talks in Libreville. "
            + "The talks were conducted under the plan adopted by the Economic Community of Central African States in March.");
        Assert.DoesNotContain(ties, t => t.Contains(" mediates ", StringComparison.Ordinal));
    }
}
