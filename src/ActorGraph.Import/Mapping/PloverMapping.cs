using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ActorGraph.Import.Mapping;

/// <summary>PLOVER event categories (and POLECAT's) mapped to the model, with the mode or context that
/// singles out mediation, negotiation and ceasefires. PLOVER has no Goldstein score: each category gets
/// the approximate Goldstein value of its CAMEO root, for tie strength, unless the record has an intensity.</summary>
public static partial class PloverMapping
{
    private static readonly FrozenDictionary<string, (EventMapping Mapping, double Goldstein)> ByCategory =
        new Dictionary<string, (EventMapping, double)>(StringComparer.OrdinalIgnoreCase)
        {
            ["AGREE"] = (EventMappings.Agreement, 4.0),
            ["CONSULT"] = (EventMappings.Meets, 1.0),
            ["SUPPORT"] = (EventMappings.Supports, 3.5),
            ["CONCEDE"] = (EventMappings.Yields, 5.0),
            ["COOPERATE"] = (EventMappings.Cooperates, 6.0),
            ["AID"] = (EventMappings.Aids, 7.0),
            ["RETREAT"] = (EventMappings.Yields, 5.0),
            ["INVESTIGATE"] = (EventMappings.Engages, -2.0),
            ["REQUEST"] = (EventMappings.Demands, -5.0),
            ["DEMAND"] = (EventMappings.Demands, -5.0),
            ["ACCUSE"] = (EventMappings.Accuses, -2.0),
            ["DISAPPROVE"] = (EventMappings.Accuses, -2.0),
            ["REJECT"] = (EventMappings.Rejects, -4.0),
            ["THREATEN"] = (EventMappings.Threatens, -6.0),
            ["PROTEST"] = (EventMappings.Pressures, -6.5),
            ["SANCTION"] = (EventMappings.Sanctions, -4.0),
            ["MOBILIZE"] = (EventMappings.ShowsForce, -7.2),
            ["COERCE"] = (EventMappings.Pressures, -7.0),
            ["ASSAULT"] = (EventMappings.Attacks, -9.0),
            ["FIGHT"] = (EventMappings.Attacks, -10.0),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True for a PLOVER category ActorGraph does not model between two actors (CRIME), or a
    /// documentation record (DOCUMENT, as the gold-standard file opens with).</summary>
    public static bool IsKnownUnmapped(string category) =>
        string.Equals(category, "CRIME", StringComparison.OrdinalIgnoreCase) || string.Equals(category, "DOCUMENT", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when an AGREE record accepts the recipient's mediation rather than announcing the source's own:
    /// "Barak has agreed to US mediation", "rebel leaders would meet U.N. mediator" speak of mediation or a mediator as
    /// a noun (CAMEO 038, "express intent to accept mediation", whose target is the mediator), while "will visit
    /// Mauritania and Senegal to mediate" or "offered mediation" (CAMEO 039) make the source the mediator.</summary>
    public static bool AcceptsMediation(string category, string? text)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (!string.Equals(category.Trim(), "AGREE", StringComparison.OrdinalIgnoreCase) || text is null) return false;
        return text.Contains("mediat", StringComparison.OrdinalIgnoreCase)
            && !MediateVerb().IsMatch(text)
            && !text.Contains("offer", StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"\bmediat(e|es|ed|ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MediateVerb();

    /// <summary>The mapping for a category, refined by mode and context text; null for an unknown category.</summary>
    public static (EventMapping Mapping, double Goldstein)? Lookup(string category, string? modeAndContext)
    {
        ArgumentNullException.ThrowIfNull(category);
        if (!ByCategory.TryGetValue(category.Trim(), out var hit)) return null;
        var detail = modeAndContext ?? "";
        bool Says(string word) => detail.Contains(word, StringComparison.OrdinalIgnoreCase);
        var upper = category.Trim().ToUpperInvariant();
        return upper switch
        {
            "CONSULT" when Says("mediat") => (EventMappings.Mediates, 5.0),
            "CONSULT" when Says("negotiat") => (EventMappings.Negotiates, 7.0),
            "AGREE" when Says("ceasefire") || Says("cease-fire") || Says("truce") => (EventMappings.AgreesCeasefire, 9.0),
            // PLOVER codes CAMEO 0871 "declare truce, ceasefire" as RETREAT with mode ceasefire (openeventdata/PLOVER,
            // CAMEO2PLOVER-2021.txt): the same ceasefire as CAMEO's, not a mere concession.
            "RETREAT" when Says("ceasefire") || Says("cease-fire") || Says("truce") => (EventMappings.AgreesCeasefire, 9.0),
            "AGREE" when Says("mediat") => (EventMappings.MediatesIntent, 4.0),
            "REQUEST" or "DEMAND" when Says("mediat") => (EventMappings.DemandsMediation, -5.0),
            "REJECT" when Says("mediat") => (EventMappings.RejectsMediation, -4.0),
            "ASSAULT" or "FIGHT" when Says("ceasefire") => (EventMappings.ViolatesCeasefire, -10.0),
            _ => hit,
        };
    }
}
