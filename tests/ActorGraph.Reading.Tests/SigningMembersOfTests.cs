namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14 (blind reports 117-126): "the signing of the agreement by members of A and of B" (and "by participants in the
/// dialogue, including members of A and of B") is a negotiation of A and B, as "the signing of the agreement by A and B" is.</summary>
public class SigningMembersOfTests
{
    [Theory]
    [InlineData("The Secretary-General welcomes the signing today of the peace agreement by members of the Volta Congress and of the Sahel Assembly.")]
    [InlineData("The Secretary-General welcomes the signing today of the peace agreement by participants in the dialogue, including members of the Volta Congress and of the Sahel Assembly.")]
    [InlineData("The Secretary-General welcomes the signing today of the peace agreement by representatives of the Volta Congress and the Sahel Assembly.")]
    public void Members_of_two_bodies_signing_make_the_bodies_negotiate(string sentence) =>
        Assert.Contains("volta-congress negotiates sahel-assembly", ReadTies.Plain(sentence));

    [Fact]
    public void Members_of_one_body_alone_make_no_pair()
    {
        var ties = ReadTies.Plain("The Secretary-General welcomes the signing today of the peace agreement by members of the Volta Congress.");
        Assert.DoesNotContain(ties, t => t.Contains(" negotiates ", StringComparison.Ordinal));
    }
}
