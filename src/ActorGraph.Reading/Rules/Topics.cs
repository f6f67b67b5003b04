using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Rules;

/// <summary>Topic words of mediation texts mapped to short kebab-case topics.</summary>
internal static partial class Topics
{
    private static readonly (Regex Pattern, string Topic)[] Table =
    [
        (CeasefireWords(), "ceasefire"),
        (PrisonerExchangeWords(), "prisoner-exchange"),
        (HumanitarianAidWords(), "humanitarian-aid"),
        (WithdrawalWords(), "withdrawal"),
        (ReconstructionWords(), "reconstruction"),
        (ReturnOfDisplacedWords(), "return-of-displaced"),
        (BorderWords(), "border"),
        (DeEscalationWords(), "de-escalation"),
        (DeMiningWords(), "de-mining"),
        (IndemnityWords(), "indemnity"),
        (PeaceAgreementWords(), "peace-agreement"),
        (BorderCrossingWords(), "border-crossing"),
        (DiplomaticRelationsWords(), "diplomatic-relations"),
    ];

    public static IEnumerable<string> In(string text) => Table.Where(t => t.Pattern.IsMatch(text)).Select(t => t.Topic);

    [GeneratedRegex(@"\b(?:cease-?fires?|truces?|cessation of (?:active )?hostilities|armistice|halt to (?:all )?military)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CeasefireWords();

    [GeneratedRegex(@"\b(?:prisoners? (?:exchange|swap|release)|exchange of prisoners|hostages?|prisoners of war|release the prisoners)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrisonerExchangeWords();

    [GeneratedRegex(@"\b(?:humanitarian|aid (?:delivery|access)|relief)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HumanitarianAidWords();

    [GeneratedRegex(@"\b(?:withdraw(?:al)?|pull-?out|removal of (?:heavy )?weapons)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithdrawalWords();

    [GeneratedRegex(@"\b(?:reconstruction|rebuild(?:ing)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReconstructionWords();

    [GeneratedRegex(@"\b(?:return of (?:the )?displaced|refugees? return)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReturnOfDisplacedWords();

    [GeneratedRegex(@"\b(?:border|boundary|demarcation)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BorderWords();

    [GeneratedRegex(@"\b(?:de-?escalat\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeEscalationWords();

    [GeneratedRegex(@"\b(?:de-?mining|landmines?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeMiningWords();

    [GeneratedRegex(@"\b(?:indemnity|reparations|war costs)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IndemnityWords();

    [GeneratedRegex(@"\b(?:peace (?:agreement|treaty|deal|accord)|treaty)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PeaceAgreementWords();

    [GeneratedRegex(@"\b(?:crossing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BorderCrossingWords();

    [GeneratedRegex(@"\b(?:diplomatic relations)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DiplomaticRelationsWords();
}
