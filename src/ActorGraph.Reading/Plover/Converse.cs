using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>Clauses whose subject is the one acted on and whose doer comes after the act: a passive main verb whose object
/// is the trigger ("Syrian refugees were granted asylum by Germany"), "came under attack from X", and aid received
/// ("Ukraine received air defence systems from the United States"). Twelfth PLOVER round. O(sentence length).</summary>
internal static partial class Converse
{
    /// <summary>Where the doer's phrase starts (after "by" or "from"), or -1 when the clause is not one of these.</summary>
    public static int DoerAt(string sentence, int clause, List<(int Start, int End)> asides, int at, int end, string? category)
    {
        var rest = sentence.AsSpan(end);
        var stop = rest.IndexOfAny(',', ';');
        var window = stop < 0 ? rest : rest[..stop];
        if (UnderAttack().IsMatch(sentence.AsSpan(0, at)) && FromOrBy(window) is var from and >= 0) return end + from;
        if (MainClause.MainVerb(sentence, clause, asides) is not { } verb || verb.At > at) return -1;
        var between = sentence.AsSpan(verb.At, at - verb.At);
        if (between.IndexOfAny(',', ';') >= 0 || Words(between) > 4) return -1;
        // "were granted asylum by Germany": the passive verb's object is the trigger, the agent follows "by".
        if (PassiveAt(sentence, verb.At) && By(window) is var by and >= 0)
            return end + by;
        if (category == "AID" && Received().IsMatch(sentence.AsSpan(verb.At)) && From(window) is var given and >= 0) return end + given;
        return -1;
    }

    private static bool PassiveAt(string sentence, int verb) => Passive().Match(sentence, verb) is { Success: true } m && m.Index == verb;

    private static int Words(ReadOnlySpan<char> text)
    {
        var n = 0;
        for (var i = 1; i < text.Length; i++) if (text[i] == ' ' && text[i - 1] != ' ') n++;
        return n;
    }

    private static int By(ReadOnlySpan<char> window) => window.IndexOf(" by ", StringComparison.Ordinal) is var i and >= 0 ? i + 4 : -1;

    private static int From(ReadOnlySpan<char> window) => window.IndexOf(" from ", StringComparison.Ordinal) is var i and >= 0 ? i + 6 : -1;

    private static int FromOrBy(ReadOnlySpan<char> window) => From(window) is var f and >= 0 ? f : By(window);

    [GeneratedRegex(@"\b(?:came|come|comes|coming) under (?:heavy |renewed |fresh |repeated )?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnderAttack();

    [GeneratedRegex(@"\G(?:was|were|has been|have been|had been|is|are|is being|are being) (?:[a-z]+ly )?(?:granted|given|offered|awarded|handed|sent|denied|refused|accused|charged|ordered|asked|urged|warned|received)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^(?:has |have |had )?(?:received|receives|receive|obtained|got|secured)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Received();
}
