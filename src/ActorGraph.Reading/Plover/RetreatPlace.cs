using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>The place a retreat leaves when it is named by a common noun: "withdrew from the town", "pulled back from the
/// northern front", "were pulled out of the buffer zone by the peacekeepers". Only a phrase headed by a place noun (town,
/// village, front, zone, base, ...) counts, so "withdrew from the talks" keeps no target. Thirteenth PLOVER round, follow-up.
/// O(sentence length).</summary>
internal static partial class RetreatPlace
{
    /// <summary>The place after "from" or "out of" at or after <paramref name="after"/> and before a comma, or the place a
    /// leaving verb ending at <paramref name="after"/> takes as its object ("abandoned the island", "fled the city"), or "".</summary>
    public static string After(string sentence, int after)
    {
        if (after < 0 || after >= sentence.Length) return "";
        if (PlaceLeft().Match(sentence, after) is { Success: true } left) return left.Groups[1].Value;
        var stop = sentence.IndexOfAny([',', ';'], after);
        var length = (stop < 0 ? sentence.Length : stop) - after;
        var m = Place().Match(sentence, after, length);
        return m.Success ? m.Groups[1].Value : "";
    }

    /// <summary>The moving force named after a passive retreat's "by" at <paramref name="by"/> ("by the peacekeepers", "by UN
    /// troops"), which the actor phrases leave out as a verb's object; or "".</summary>
    public static string Agent(string sentence, int by)
    {
        if (by < 0 || by >= sentence.Length) return "";
        var m = Mover().Match(sentence, by);
        return m.Success ? m.Value : "";
    }

    [GeneratedRegex(@"\G(?:the |a |an )?(?:[\w-]+ ){0,2}?(?:peacekeepers|troops|forces|monitors|observers|soldiers|contingents?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Mover();

    /// <summary>Nouns of places a force holds or leaves.</summary>
    private const string PlaceNoun = @"(?:town|city|village|front|zone|area|region|base|camp|port|airport|district|province|valley|hills?|border|frontline|corridor|enclave|territory|strip|capital|positions?|posts?|checkpoints?|outposts?|island|coast|villages|towns|cities|bases|areas|camps|districts|provinces|crossings?|campus|compound|hospital)s?";

    [GeneratedRegex(@"\b(?:from|out of) (the (?:[a-z][\w-]* ){0,2}" + PlaceNoun + @")\b(?! of)", RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    /// <summary>The object of a leaving verb that ends where the match starts (fifteenth PLOVER round).</summary>
    [GeneratedRegex(@"\G(?<=\b(?:left|leav(?:e|es|ing)|fled|flee(?:s|ing)?|abandon(?:s|ed|ing)?|vacat(?:e|ed|es|ing)|evacuat(?:e|ed|es|ing))) (the (?:[a-z][\w-]* ){0,2}" + PlaceNoun + @")\b(?! of)", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceLeft();
}
