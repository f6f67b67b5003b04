using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Tests;

/// <summary>The ninth round's general rules, each on sentences written for the test (not taken from any report).</summary>
public class NinthRoundPatternTests
{
    [Theory]
    [InlineData("Norway's envoy spoke at the close of the talks between the Government of Colombia (GoC) and the National Liberation Army (ELN).")]
    [InlineData("Norway's envoy spoke at the close of the fifth round of talks between the Government of Colombia (GoC) and the National Liberation Army (ELN) in Caracas.")]
    public void An_acronym_in_brackets_does_not_end_the_pair_after_between(string text)
    {
        var result = ReportReader.ReadText(text);
        var negotiations = result.Relations.Where(r => r.Kind == RelationVocabulary.Negotiates).Select(r => $"{r.Source} {r.Target}").ToList();
        Assert.Equal(["col-gov eln"], negotiations);
    }
}
