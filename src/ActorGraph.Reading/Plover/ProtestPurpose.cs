using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>A protest told by its act and its purpose: "occupied a highway near Lahore to protest the government's new grain
/// prices", "began a hunger strike to protest their treatment by prison authorities", "blocked the road to demand
/// compensation from the mining company". When the protest's target is a place or nothing, the purpose clause ("to
/// protest", "to demand", "to denounce", "in protest at/against", up to a comma) names whom it is aimed at: the doer after
/// "by" or the one asked after "from" in it, else its first actor (a possessive's owner: "the government's prices" gives
/// "the government"). Thirteenth PLOVER round. O(sentence length).</summary>
internal static partial class ProtestPurpose
{
    /// <summary>The target after this refinement, or <paramref name="target"/> unchanged.</summary>
    public static string Refine(string sentence, int after, string target, string? category)
    {
        if (category != "PROTEST" || after >= sentence.Length) return target;
        var at = target.Length == 0 ? -1 : sentence.IndexOf(target, after, StringComparison.Ordinal);
        // "took to the streets of Belgrade": the streets are where a protest is, never whom it is aimed at.
        var streets = target.StartsWith("streets", StringComparison.OrdinalIgnoreCase);
        if (!(target.Length == 0 || streets || (at > after && PlaceBefore().IsMatch(sentence.AsSpan(after, at - after))))) return target;
        // The purpose may hold the trigger itself ("to protest"), so it is sought from the sentence's start.
        var purpose = Purpose().Match(sentence);
        if (!purpose.Success) return streets ? "" : target;
        var start = purpose.Index + purpose.Length;
        var stop = sentence.IndexOfAny([',', ';'], start);
        if (stop < 0) stop = sentence.Length;
        var agent = ByOrFrom().Match(sentence, start, stop - start);
        var found = agent.Success ? ActorPhrases.FirstAfter(sentence, agent.Index + agent.Length, stop) : "";
        if (found.Length == 0) found = ActorPhrases.FirstAfter(sentence, start, stop);
        if (Possessive().Match(found) is { Success: true } owner && owner.Index > 0) found = found[..owner.Index];
        return found.Length > 0 ? found : streets ? "" : target;
    }

    /// <summary>A place preposition right before the phrase found ("near Lahore", "outside the university").</summary>
    [GeneratedRegex(@"\b(?:in|into|near|at|outside|across|along|through|on)\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"\b(?:to (?:protest|demand|denounce|condemn|oppose)(?: against| at)?|in protest (?:at|against|over))\s+(?:that\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();

    [GeneratedRegex(@"\b(?:by|from)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ByOrFrom();

    [GeneratedRegex(@"['’]s?\b.*$", RegexOptions.CultureInvariant)]
    private static partial Regex Possessive();
}
