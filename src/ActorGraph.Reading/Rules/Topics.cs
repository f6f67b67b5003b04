using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Rules;

/// <summary>Topic words of mediation texts mapped to short kebab-case topics.</summary>
internal static class Topics
{
    private static readonly (Regex Pattern, string Topic)[] Table =
    [
        (R(@"cease-?fires?|truces?|cessation of (?:active )?hostilities|armistice|halt to (?:all )?military"), "ceasefire"),
        (R(@"prisoners? (?:exchange|swap|release)|exchange of prisoners|hostages?|prisoners of war|release the prisoners"), "prisoner-exchange"),
        (R(@"humanitarian|aid (?:delivery|access)|relief"), "humanitarian-aid"),
        (R(@"withdraw(?:al)?|pull-?out|removal of (?:heavy )?weapons"), "withdrawal"),
        (R(@"reconstruction|rebuild(?:ing)?"), "reconstruction"),
        (R(@"return of (?:the )?displaced|refugees? return"), "return-of-displaced"),
        (R(@"border|boundary|demarcation"), "border"),
        (R(@"de-?escalat\w+"), "de-escalation"),
        (R(@"de-?mining|landmines?"), "de-mining"),
        (R(@"indemnity|reparations|war costs"), "indemnity"),
        (R(@"peace (?:agreement|treaty|deal|accord)|treaty"), "peace-agreement"),
        (R(@"crossing"), "border-crossing"),
        (R(@"diplomatic relations"), "diplomatic-relations"),
    ];

    private static Regex R(string pattern) => new(@"\b(?:" + pattern + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IEnumerable<string> In(string text) => Table.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Topic);
}
