using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>The party an act is aimed at when the sentence names it only after the place or the thing the act is about:
/// "moved troops to its Ladakh border as tensions with China rose", "dispatched a carrier to the Gulf to deter Iran",
/// "launch a new offensive in its Gulf war with Iraq", "called off the strike after deliberations with the government".
/// A relation noun followed by "with" (tensions, war, talks, a dispute) or a show of force's purpose ("to deter",
/// "aimed at") names the other side; it replaces a target that is a place (after "in", "near", "to the" ..., and after a bare
/// "to" where troops are sent), a thing that
/// is the relation itself ("Gulf war"), or no target at all. Twelfth PLOVER round. O(sentence length).</summary>
internal static partial class LaterParty
{
    /// <summary>The target after this refinement: the party named later, or <paramref name="target"/> unchanged.</summary>
    public static string Refine(string sentence, int after, string target, string? category)
    {
        if (after >= sentence.Length) return target;
        var at = target.Length == 0 ? -1 : sentence.IndexOf(target, after, StringComparison.Ordinal);
        var relation = RelationNoun().IsMatch(target);
        if (!(target.Length == 0 || relation || (at > after && PlaceBefore().IsMatch(sentence.AsSpan(after, at - after)))
            || (at > after && category == "MOBILIZE" && sentence.AsSpan(after, at - after).EndsWith("to ", StringComparison.Ordinal)))) return target;
        var from = at < 0 ? after : relation ? at : at + target.Length;
        var m = Relation().Match(sentence, from);
        if (!m.Success) return target;
        var stop = sentence.IndexOfAny([',', ';'], m.Index + m.Length);
        var party = ActorPhrases.FirstAfter(sentence, m.Index + m.Length, stop < 0 ? sentence.Length : stop);
        // "as tensions with China rose": the verb of the clause the party stands in is not part of it.
        if (TrailingVerb().Match(party) is { Success: true } verb && verb.Index > 0) party = party[..verb.Index];
        return party.Length > 0 ? party : target;
    }

    /// <summary>A place preposition right before the phrase found ("to the Gulf", "in Seoul", "near the border"); "to" only
    /// with an article or a possessive ("agreed to US mediation" is not a place).</summary>
    [GeneratedRegex(@"\b(?:(?:in|into|toward|towards|near|at|across|along|off)\s+(?:(?:the|a|an|its|their|his|her)\s+)?|to\s+(?:the|a|an|its|their|his|her)\s+)(?:[a-z]+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceBefore();

    [GeneratedRegex(@"\b(?:tensions?|relations|ties|war|conflict|dispute|talks|deliberations|negotiations|hostilities|standoff|stand-off|confrontation|feud|row|rift)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelationNoun();

    [GeneratedRegex(@" (?:rose|grew|rise|grow|\w+ed)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingVerb();

    /// <summary>"tensions with", "talks with", "war with"; "to deter", "aimed at".</summary>
    [GeneratedRegex(@"\b(?:(?:tensions?|relations|ties|war|conflict|dispute|talks|deliberations|negotiations|hostilities|standoff|stand-off|confrontation|feud|row|rift) with|to deter|to intimidate|aimed at|directed at)\s+(?:the\s+)?(?=\S)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relation();
}
