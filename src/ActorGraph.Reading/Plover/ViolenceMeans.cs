using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Plover;

/// <summary>The category of a violent or forceful trigger after its means (CAMEO 18 unconventional, 19 military, 175
/// repression, 062 joint exercises), for <see cref="PloverClassifier"/>. O(sentence length).</summary>
internal static partial class ViolenceMeans
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:shell(?:s|ed|ing)|artillery|air ?strikes?|airstrikes?|mortars?|rockets?|tanks?|troops|soldiers|army|forces|gunbattles?|clash(?:es|ed)?|battles?|fighting|warplanes|jets|helicopters|gunships|aircraft|missiles|warships)\b", Options)]
    private static partial Regex MilitaryMeans();

    [GeneratedRegex(@"\b(?:gunmen|suicide|car bombs?|roadside|stabb\w*|grenades?|assassin\w*|militants|kidnapp\w*)\b", Options)]
    private static partial Regex TerrorMeans();

    [GeneratedRegex(@"\b(?:police|security forces|riot)\b.*\b(?:protesters|demonstrators|rioters|crowds?|marchers)\b|\b(?:protesters|demonstrators|rioters|crowds?|marchers)\b.*\bpolice\b", Options)]
    private static partial Regex Repression();

    [GeneratedRegex(@"\b(?:police|policemen|security (?:forces|agents|services|officers)|agents|authorities|investigators|prosecutors|inspectors)\b", Options)]
    private static partial Regex LawEnforcers();

    [GeneratedRegex(@"^(?:attack\w*|opened fire|fired (?:on|at|upon)|storm\w*)", Options)]
    private static partial Regex CivilianAttack();

    [GeneratedRegex(@"\b(?:civilians|villagers|farmers|worshippers|pilgrims|shoppers|refugees|schoolchildren|pupils|passengers|residents|families|mourners|fishermen|herders|displaced)\b", Options)]
    private static partial Regex Civilians();

    /// <summary>Civilians named within 60 characters after the trigger, before a comma, or in a passive clause's subject before it.</summary>
    private static bool CiviliansNear(string sentence, int at)
    {
        var after = sentence.AsSpan(at, Math.Min(60, sentence.Length - at));
        if (after.IndexOfAny(',', ';') is var comma and >= 0) after = after[..comma];
        if (Civilians().IsMatch(after)) return true;
        return MainClause.IsPassive(sentence, at) && Civilians().IsMatch(sentence.AsSpan(0, at));
    }

    [GeneratedRegex(@"exercises|drills|manoeuvres|maneuvers|war games", Options)]
    private static partial Regex Exercise();

    /// <summary>"French and Egyptian warships", "Russia and China": two actors joined before the trigger (CAMEO 062:
    /// exercises held together are military cooperation, not a show of force).</summary>
    [GeneratedRegex(@"\b[A-Z][\w.-]*(?: [A-Z][\w.-]*)* and [A-Z][\w.-]*\b", RegexOptions.CultureInvariant)]
    private static partial Regex JointSubject();

    /// <summary>Violence coded by its means (CAMEO 18 unconventional, 19 military, 175 repression): "killed" by
    /// shelling or troops is FIGHT, an attack by gunmen or a suicide bomber ASSAULT, police against protesters COERCE;
    /// exercises held by two named actors together are COOPERATE.</summary>
    public static string Category(string sentence, (string Category, int At, int Length) t)
    {
        if (t.Category == "MOBILIZE" && Exercise().IsMatch(sentence.AsSpan(t.At, t.Length)) && JointSubject().IsMatch(sentence.AsSpan(0, t.At))) return "COOPERATE";
        if (t.Category is not ("ASSAULT" or "FIGHT")) return t.Category;
        // "Riot police beat demonstrators": a beating is an assault whoever is beaten (CAMEO 182), not the repression of a crowd.
        if (Repression().IsMatch(sentence) && !sentence.AsSpan(t.At).StartsWith("beat", StringComparison.OrdinalIgnoreCase)) return "COERCE";
        // "Police raided the home of a lawyer": a raid by police or agents is a search and seizure (CAMEO 17), not combat.
        if (sentence.AsSpan(t.At).StartsWith("raid", StringComparison.OrdinalIgnoreCase) && LawEnforcers().IsMatch(sentence.AsSpan(0, t.At))) return "COERCE";
        if (t.Category == "ASSAULT" && sentence.AsSpan(t.At).StartsWith("kill", StringComparison.OrdinalIgnoreCase) && !TerrorMeans().IsMatch(sentence) && MilitaryMeans().IsMatch(sentence)) return "FIGHT";
        if (t.Category == "FIGHT" && TerrorMeans().IsMatch(sentence) && !MilitaryMeans().IsMatch(sentence)) return "ASSAULT";
        // "Settlers attacked farmers", "a camp for refugees was attacked by militiamen": an attack on civilians without military
        // means is an assault (CAMEO 18), not combat.
        if (t.Category == "FIGHT" && !MilitaryMeans().IsMatch(sentence) && CivilianAttack().IsMatch(sentence.AsSpan(t.At))
            && CiviliansNear(sentence, t.At)) return "ASSAULT";
        return t.Category;
    }
}
