using ActorGraph.Reading.Plover;

namespace ActorGraph.Reading.Tests;

/// <summary>The exact PLOVER coding of one sentence: category, and the source and target phrases (empty: none).</summary>
internal static class PloverAssert
{
    public static void Coded(string sentence, string? category, string source, string target)
    {
        var coding = PloverClassifier.Code(sentence);
        Assert.Equal(category, coding.Category);
        Assert.Equal(source.Length == 0 ? [] : [source], coding.Source);
        Assert.Equal(target.Length == 0 ? [] : [target], coding.Target);
    }
}
