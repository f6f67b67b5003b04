using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>Guests of a signing ("signed ... in the presence of X") are no brokers when the talks name one (issue 14, process roles).
/// Every text is written for the test, with counter-examples.</summary>
public class SigningGuestTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText(text);

    private const string Talks = "The talks between Ethiopia and Eritrea were mediated by Algeria. ";

    [Theory]
    [InlineData("The two foreign ministers signed the agreement in Algiers in the presence of Secretary of State Madeleine Albright.")]
    [InlineData("On 12 December 2000, in the presence of Secretary of State Madeleine Albright, the two foreign ministers signed the agreement in Algiers.")]
    public void A_guest_at_the_signing_is_no_mediator_beside_the_broker(string signing)
    {
        var result = Read(Talks + signing);
        var process = Assert.Single(result.Processes);
        Assert.Contains("dza", process.Mediators);
        Assert.DoesNotContain(process.Mediators, m => m.Contains("albright", StringComparison.Ordinal) || m == "usa");
    }

    [Fact]
    public void Without_a_broker_the_guests_are_all_the_text_gives()
    {
        var result = Read("The foreign ministers of Ethiopia and Eritrea signed the agreement in Algiers in the presence of Secretary of State Madeleine Albright.");
        var process = Assert.Single(result.Processes);
        Assert.NotEmpty(process.Mediators);
    }

    [Fact]
    public void Talks_held_in_the_presence_of_a_third_party_with_no_signing_stay_a_mediation_cue()
    {
        var result = Read("Talks between Ethiopia and Eritrea were held in Algiers in the presence of Secretary of State Madeleine Albright.");
        var process = Assert.Single(result.Processes);
        Assert.Contains(process.Mediators, m => m.Contains("albright", StringComparison.Ordinal) || m == "usa");
    }
}
