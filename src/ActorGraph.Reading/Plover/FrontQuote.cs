using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>A quote that comes before its speaker: `"We will attack the capital if ...," the rebel commander said`. When the
/// quote opens with "We" or "I", the speaker is who acts: the quote is read as the speaker's own clause ("the rebel
/// commander will attack the capital if ..."). Other quotes, and quotes with the speaker first, are left as they are.
/// Thirteenth PLOVER round. O(sentence length).</summary>
internal static partial class FrontQuote
{
    /// <summary>The quote restated with its speaker as subject, or null when the sentence is not such a quote.</summary>
    public static string? Restate(string sentence)
    {
        var m = Quote().Match(sentence);
        return m.Success ? $"{m.Groups["speaker"].Value} {m.Groups["rest"].Value}." : null;
    }

    [GeneratedRegex(@"^[""“](?:We|I)\s+(?<rest>[^""”]+?),?[""”],?\s+(?<speaker>(?:[Tt]he |[Aa]n? )?[\w'’-]+(?: [\w'’-]+){0,5}?)\s+(?:said|says|told|added|declared|insisted|warned|stated)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();
}
