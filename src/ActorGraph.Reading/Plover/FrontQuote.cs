using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>A quote that comes before its speaker: `"We will attack the capital if ...," the rebel commander said`. When the
/// quote opens with "We" or "I", the speaker is who acts: the quote is read as the speaker's own clause ("the rebel
/// commander will attack the capital if ..."); "Our units" are the speaker's units. A quote with no first person, whose act
/// is told again after its speaker (`"The talks were frank," the envoy said after meeting X`), is the speaker's act as the
/// words after the speaker tell it (<see cref="Told"/>); "the army said of the rebels" names whom the quote is about
/// (<see cref="About"/>). Quotes with the speaker first are not touched. Thirteenth and fourteenth PLOVER rounds.
/// O(sentence length).</summary>
internal static partial class FrontQuote
{
    /// <summary>The quote restated with its speaker as subject, or null when the sentence is not such a quote.</summary>
    public static string? Restate(string sentence)
    {
        var m = Quote().Match(sentence);
        if (!m.Success || FirstPerson().Match(m.Groups["quote"].Value) is not { Success: true } person) return null;
        var rest = m.Groups["quote"].Value[(person.Length)..];
        return person.Groups["own"].Success ? $"{m.Groups["speaker"].Value}'s {rest}." : $"{m.Groups["speaker"].Value} {rest}.";
    }

    /// <summary>The words from the speaker on ("the envoy spoke after meeting X"), for a quote before its speaker with no first
    /// person and something after the verb of saying; else null.</summary>
    public static string? Told(string sentence)
    {
        var m = Quote().Match(sentence);
        if (!m.Success || FirstPerson().IsMatch(m.Groups["quote"].Value) || m.Groups["rest"].Value.Trim().TrimEnd('.').Length == 0) return null;
        // "spoke" stands for the verb of saying, so that what follows is read as the speaker's act, not as reported speech.
        return $"{m.Groups["speaker"].Value} spoke{m.Groups["rest"].Value}";
    }

    /// <summary>Whom the quote is about in "the army said of the rebels", or "".</summary>
    public static string About(string sentence)
    {
        var m = Quote().Match(sentence);
        if (!m.Success || !m.Groups["rest"].Value.StartsWith(" of ", StringComparison.Ordinal)) return "";
        var at = m.Groups["rest"].Index + 4;
        var stop = sentence.IndexOfAny([',', ';', '.'], at);
        return ActorPhrases.FirstAfter(sentence, at, stop < 0 ? sentence.Length : stop);
    }

    [GeneratedRegex(@"^[""“](?<quote>[^""”]+?),?[""”],?\s+(?<speaker>(?:[Tt]he |[Aa]n? )?[\w'’-]+(?: [\w'’-]+){0,5}?)\s+(?:said|says|told|added|declared|insisted|warned|stated)\b(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Quote();

    [GeneratedRegex(@"^(?:We|I|(?<own>Our|My))\s+", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPerson();
}
