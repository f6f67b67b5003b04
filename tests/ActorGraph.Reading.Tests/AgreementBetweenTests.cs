using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Tests;

/// <summary>An agreement named with its two sides ("the Pretoria agreement between A and B", "a deal reached between A and
/// B") was negotiated by them (rule <c>agreement-between</c>). Counter-examples: a ceasefire agreement (the ceasefire rule's),
/// "between" that names a place or a time, an agreement with one side. Sentences written for the test.</summary>
public class AgreementBetweenTests
{
    private static ReadingResult Read(string text) => ReportReader.ReadText("Talks news\n\n" + text);

    private static bool Negotiates(ReadingResult result, string a, string b) =>
        result.Relations.Any(r => r.Kind.Name == "negotiates" && r.Rule.StartsWith("agreement-between", StringComparison.Ordinal)
            && (r.Source == a && r.Target == b || r.Source == b && r.Target == a));

    private static string Relations(ReadingResult result) => string.Join("; ", result.Relations.Select(r => $"{r.Source} {r.Kind.Name} {r.Target} ({r.Rule})"));

    [Theory]
    [InlineData("Ten days after the Pretoria agreement between Ethiopia and Eritrea, the two sides' commanders met in Nairobi.")]
    [InlineData("The accord between Ethiopia and Eritrea was signed in Algiers on Tuesday.")]
    [InlineData("Observers welcomed the deal reached between Ethiopia and Eritrea after two weeks.")]
    public void An_agreement_between_two_sides_is_their_negotiation(string text)
    {
        var result = Read(text);
        Assert.True(Negotiates(result, "eth", "eri"), Relations(result));
    }

    [Theory]
    // A ceasefire agreement is read by the ceasefire rule, not as a negotiation by this one.
    [InlineData("The ceasefire agreement between Ethiopia and Eritrea held through the week.")]
    // "between" after the agreement names a time, not the sides.
    [InlineData("Ethiopia signed the agreement between 2 and 4 May after talks with the rebels.")]
    // An agreement with no "between" after it.
    [InlineData("The agreement of Ethiopia with its creditors was signed in Paris.")]
    public void Without_two_sides_after_between_this_rule_reads_nothing(string text)
    {
        var result = Read(text);
        Assert.DoesNotContain(result.Relations, r => r.Rule.StartsWith("agreement-between", StringComparison.Ordinal));
    }
}
