namespace ActorGraph.Reading.Tests;

/// <summary>The thirteenth round's PLOVER rules, each on sentences of our own that are not in own-sentences.tsv, with
/// counter-examples that must not move (docs/reading.md, "Thirteenth round").</summary>
public class PloverThirteenthRoundTests
{
    /// <summary>A protest told by its act and its purpose is aimed at whom the purpose names: the owner of the thing
    /// protested, or the doer after "by" in the purpose clause; a target named before the purpose stays.</summary>
    [Theory]
    [InlineData("Miners blocked the road near Tuzla to protest the Energy Ministry's refusal to pay wages.", "PROTEST", "Miners", "Energy Ministry")]
    [InlineData("Teachers began a hunger strike to protest pay cuts ordered by the Finance Ministry.", "PROTEST", "Teachers", "Finance Ministry")]
    [InlineData("Hundreds of Kurds rallied in Stockholm in protest at the raids by Turkey.", "PROTEST", "Kurds", "Turkey")]
    [InlineData("Students rallied against President Ruto to demand lower fees from the government.", "PROTEST", "Students", "President Ruto")]
    public void A_protest_is_aimed_at_whom_its_purpose_names(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    /// <summary>A quote opening with "We" or "I" before its speaker is the speaker's act; a quote with no first person,
    /// and a speaker named before the quote, keep the earlier reading.</summary>
    [Theory]
    [InlineData("\"We will attack the port unless the army withdraws,\" the militia commander said.", "THREATEN", "militia commander", "")]
    [InlineData("\"We reject this proposal,\" the opposition leader said on Monday.", "REJECT", "opposition leader", "")]
    [InlineData("\"I condemn the attack on the embassy,\" the prime minister told reporters.", "DISAPPROVE", "prime minister", "")]
    public void A_quote_before_its_speaker_is_the_speakers_act(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);

    [Theory]
    [InlineData("\"The talks were useful,\" the envoy said.", null)]
    [InlineData("The envoy said: \"We will withdraw.\"", null)]
    [InlineData("\"We will withdraw from the town,\" the rebel commander said on Friday.", "the rebel commander will withdraw from the town.")]
    public void Only_a_first_person_quote_before_its_speaker_is_restated(string sentence, string? restated) =>
        Assert.Equal(restated, ActorGraph.Reading.Plover.FrontQuote.Restate(sentence));

    /// <summary>"forces" is a person noun that ends an actor phrase ("surrendered to security forces" gives "forces", which
    /// the gold matcher takes for "security forces" by its head); a subject naming forces keeps its reading.</summary>
    [Theory]
    [InlineData("Dozens of insurgents surrendered to security forces in Kunar province.", "RETREAT", "insurgents", "forces")]
    [InlineData("Government forces shelled rebel positions near Idlib.", "FIGHT", "Government forces", "Idlib")]
    public void Forces_after_to_are_the_target(string sentence, string category, string source, string target) =>
        PloverAssert.Coded(sentence, category, source, target);
}
