using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>An appeal to others to take a side codes the side taken, as the CAMEO 1.1b3 codebook files it: urging others
/// to support, back, recognise or endorse someone is 053 "rally support on behalf of" (PLOVER SUPPORT); urging them to
/// unite, mobilise or act against someone, or to oppose, isolate, boycott or condemn them, is 113 "rally opposition
/// against" (PLOVER DISAPPROVE). An appeal for anything else ("urged donors to help") stays a DEMAND (02).</summary>
internal static partial class Rallying
{
    [GeneratedRegex(@"^[^,;.]{0,60}?\bto (?<verb>support|back|recogni[sz]e|endorse)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Support();

    [GeneratedRegex(@"\b(?:not|never|refuse|refused|refuses|declined?|decline)\s+to (?:support|back|recogni[sz]e|endorse)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();

    [GeneratedRegex(@"^[^,;.]{0,60}?\bto (?:(?:unite|mobili[sz]e|rally|stand|act|rise|join forces)\b[^,;.]{0,30}?\b(?<verb>against)|(?<verb>oppose|isolate|boycott|condemn|denounce|resist))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opposition();

    /// <summary>The category an appeal ending at <paramref name="end"/> takes and the offset after the rallying verb (where
    /// the target follows), or null when the appeal rallies no side.</summary>
    public static (string Category, int TargetFrom)? After(string sentence, int end)
    {
        var rest = sentence[end..];
        // "demanded that its partners refuse to recognise X": an appeal not to take a side stays a demand.
        if (Support().Match(rest) is { Success: true } s) return Refusal().IsMatch(s.Value) ? null : ("SUPPORT", end + s.Groups["verb"].Index + s.Groups["verb"].Length);
        if (Opposition().Match(rest) is { Success: true } o) return ("DISAPPROVE", end + o.Groups["verb"].Index + o.Groups["verb"].Length);
        return null;
    }
}
