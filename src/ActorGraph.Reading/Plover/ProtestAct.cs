using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>An occupation or a blockade told with a protest's purpose: "Farmers occupied a highway near Lahore to protest the
/// government's grain prices", "Students occupied the main hall of the university to protest tuition increases". Done by
/// people who are not armed or security forces, it is a demonstration (CAMEO 141/144), not a seizure of ground (19) or a
/// blockade imposed (17): "Rebels occupied the town to demand the release of their leader" stays FIGHT. Fourteenth PLOVER
/// round. O(sentence length).</summary>
internal static partial class ProtestAct
{
    /// <summary>Whether the FIGHT or COERCE trigger at <paramref name="at"/> is a protest's act.</summary>
    public static bool Applies(string sentence, string category, int at) =>
        category is "FIGHT" or "COERCE" && Act().IsMatch(sentence.AsSpan(at)) && !Armed().IsMatch(sentence.AsSpan(0, at))
        && Purpose().Match(sentence, at) is { Success: true } purpose && purpose.Index - at <= 120;

    [GeneratedRegex(@"^(?:occup(?:y|ied|ies|ying)|blockad(?:e|ed|es|ing)|block(?:s|ed|ing)?|barricad(?:e|ed|es|ing))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Act();

    [GeneratedRegex(@"\b(?:troops|soldiers|army|armies|forces|rebels|militants|insurgents|fighters|militias?|militiamen|gunmen|police|jihadists|guerrillas)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Armed();

    [GeneratedRegex(@"\b(?:to (?:protest|denounce|condemn|oppose)|to demand|in protest (?:at|against|over))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Purpose();
}
