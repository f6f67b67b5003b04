namespace ActorGraph.Reading.Tests;

/// <summary>"fighting between A, a description, and B": an appositive after the first of a "between" pair does not end the pair
/// (held-out report 109, issue 14, reports, fourth round). Sentences written for the test, with counter-examples.</summary>
public class BetweenAppositiveTests
{
    private static List<string> Ties(string text) => ReadTies.Plain(text);

    [Fact]
    public void An_appositive_after_the_first_side_keeps_the_pair()
    {
        var ties = Ties("Since 1998, fighting between the Patriotic Resistance Front, a northern militia, and the Popular Defence Army has driven thousands from their homes.");
        Assert.Contains(ties, t => t.Contains("armed-conflict", StringComparison.Ordinal) && t.Contains("patriotic-resistance-front", StringComparison.Ordinal) && t.Contains("popular-defence-army", StringComparison.Ordinal));
    }

    [Fact]
    public void An_appositive_with_a_place_in_it_keeps_the_pair()
    {
        var ties = Ties("Since 1998, fighting between the Patriotic Resistance Front, a Guadalcanal militia, and the Popular Defence Army has driven thousands from their homes.");
        Assert.Contains(ties, t => t.Contains("armed-conflict", StringComparison.Ordinal) && t.Contains("popular-defence-army", StringComparison.Ordinal));
    }

    [Fact]
    public void An_aside_with_a_verb_of_its_own_is_no_appositive()
    {
        var ties = Ties("Fighting between the Patriotic Resistance Front, which the army had armed, and thousands of villagers went on.");
        Assert.DoesNotContain(ties, t => t.Contains("armed-conflict", StringComparison.Ordinal) && t.Contains("popular-defence-army", StringComparison.Ordinal));
        Assert.DoesNotContain(ties, t => t.StartsWith("patriotic-resistance-front armed-conflict patriotic", StringComparison.Ordinal));
    }
}
