namespace ActorGraph.Reading.Tests;

/// <summary>Issue 14: an offer to act as go-between is hoped like "offered to mediate"; help with talks between a pair makes
/// the helper a mediator, help with a task does not.</summary>
public class GoBetweenOfferTests
{
    [Theory]
    [InlineData("Norway offers to act as go-between for Ghana and Togo.")]
    [InlineData("The African Union offered to act as go-between for Ghana and Togo after weeks of clashes.")]
    [InlineData("Norway offered to serve as intermediary between Ghana and Togo.")]
    public void An_offer_to_act_as_go_between_is_hoped(string sentence)
    {
        var ties = ReadTies.WithModality(sentence);
        Assert.Contains(ties, t => t.Contains(" mediates gha (hoped)"));
        Assert.Contains(ties, t => t.Contains(" mediates tgo (hoped)"));
    }

    [Fact]
    public void Acting_as_go_between_is_reported_not_hoped()
    {
        var ties = ReadTies.WithModality("Norway acted as go-between for Ghana and Togo.");
        Assert.Contains("nor mediates gha (reported)", ties);
        Assert.Contains("nor mediates tgo (reported)", ties);
    }

    [Theory]
    [InlineData("Ghana and Togo negotiated a ceasefire with Norway's help.")]
    [InlineData("Ghana and Togo negotiated a ceasefire with the help of Norway.")]
    [InlineData("Ghana negotiated with Togo with the help of Norway.")]
    public void Help_with_talks_between_a_pair_is_mediation(string sentence)
    {
        var ties = ReadTies.Plain(sentence);
        Assert.Contains("nor mediates gha", ties);
        Assert.Contains("nor mediates tgo", ties);
    }

    [Theory]
    [InlineData("Ghana returned the refugees with the help of Norway.")]
    [InlineData("The agreements cover the return of refugees to Ghana and Togo with the help of Norway.")]
    public void Help_with_a_task_is_no_mediation(string sentence) =>
        Assert.DoesNotContain(ReadTies.Plain(sentence), t => t.Contains(" mediates "));
}
