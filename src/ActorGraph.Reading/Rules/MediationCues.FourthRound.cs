using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

// Wordings of mediation found in held-out reports 107-116 (issue 14, reports, fourth round): an owner with adjectives before the
// mediation noun ("His patient intercession", "whose personal intercession"), movement between the two sides ("went back and
// forth between the two presidents", "spent the afternoon driving between the two delegations' hotels"), "under my
// chairmanship" in talks, and a title's topic ("the Personal Representative for East Timor": East Timor mediates nothing).
internal static partial class MediationCues
{
    private static readonly HashSet<string> NotAdjectives = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "for", "to", "by", "with", "at", "from", "this", "that", "these", "those",
        "no", "not", "any", "some", "which", "who", "whose", "was", "were", "is", "are", "be", "been", "has", "have", "had", "rejected",
        "refused", "ended", "after", "before", "without", "under", "through",
    };

    /// <summary>A lower-case word that may stand between an owner and the mediation noun: "patient", "personal", "tireless".</summary>
    private static bool AdjectiveLike(SentenceContext s, int k) =>
        k >= 0 && k < s.Tokens.Count && s.Tokens[k].IsWord && !s.Tokens[k].IsCapitalised && s.KeyAt(k).All(c => char.IsLetter(c) || c == '-')
        && !NotAdjectives.Contains(s.KeyAt(k)) && !s.Mentions.Any(m => m.First <= k && k <= m.Last);

    /// <summary>"His patient intercession brought the two Governments to accept", "Mbeki, whose personal intercession in the final
    /// week produced a deal", "Norway's tireless facilitation": one or two adjectives between the owner (a resolved possessive
    /// pronoun, "whose" after a named actor, or "X's") and the mediation noun. Without an adjective the older cues read it.
    /// Returns whether the cue was taken.</summary>
    private static bool AdjectiveOwnerCue(SentenceContext s, int t, List<(List<DocActor>, int, string, bool)> cues)
    {
        if (s.KeyAt(t) is not ("mediation" or "facilitation" or "auspices" or "intercession" or "good")) return false;
        var k = t - 1;
        var adjectives = 0;
        while (adjectives < 2 && AdjectiveLike(s, k)) { k--; adjectives++; }
        if (adjectives == 0 || k < 0) return false;
        List<DocActor> owners;
        // "NAME ... carried proposals between the two Foreign Ministers, A and B. His patient intercession brought ...": "his" or
        // "her" owning a mediation is the person who mediated last, not the last person named (one of the sides' ministers).
        if (s.KeyAt(k) is "his" or "her" && s.Discourse.LastMediators.Where(a => a.Kind == ActorKind.Person).ToList() is { Count: 1 } mediator)
            owners = mediator;
        else if (s.KeyAt(k) is "my" or "our" or "his" or "her" or "its" or "their")
            owners = s.Mentions.FirstOrDefault(m => m.First == k && m.Last == k && m.IsArgument)?.Actors.ToList() ?? [];
        else if (s.KeyAt(k) == "whose") owners = Arguments.Actors(Arguments.Subject(s, k));
        else if (s.KeyAt(k) is "'s" or "’s") owners = s.Mentions.FirstOrDefault(m => m.Last == k - 1 && m.IsArgument)?.Actors.ToList() ?? [];
        else return false;
        owners = owners.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
        if (owners.Count == 0) return false;
        cues.Add((owners, t, "possessive-mediation", false));
        return true;
    }

    // Movement between the two sides: "went back and forth between the two presidents", "moving between the two delegations'
    // hotels", "sat between the two delegations". Without "back and forth" the places must be the sides' own (delegations,
    // parties, leaders...), so that "refugees moving between the two camps" or "driving between the two cities" is none.
    [GeneratedRegex(@"\b(?:(?:went|go|goes|going|moved|move|moves|moving|travell?ed|travell?ing|travels?|drove|drive|drives|driving|flew|fly|flies|flying|walked|walking|ran|running)\s+back and forth\s+between|(?:moved|moving|drove|driving|walked|walking|went|going|travell?ed|travell?ing|sat|sitting|ran|running)\s+between\s+the\s+(?:two\s+|rival\s+|opposing\s+)?(?:delegations|sides|parties|leaders|presidents|negotiators|negotiating teams|principals)(?:['’]\s+(?:hotels|rooms|tents|suites|residences))?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackAndForth();

    /// <summary>Who moves between the two sides stands between them: the subject of the movement verb (a relative clause's
    /// antecedent first, as for "shuttled between").</summary>
    private static void BackAndForthCues(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        foreach (Match m in BackAndForth().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            if (t < 0) continue;
            var subject = RelativeSubject.Before(s, t) is { } relative ? [relative] : Arguments.Subject(s, t);
            var movers = Arguments.Actors(subject).Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            if (movers.Count > 0) cues.Add((movers, t, "shuttles-between", false));
        }
    }

    // "have met here in Houston, under my chairmanship", "the talks continued under his chairmanship": the owner chairs talks.
    [GeneratedRegex(@"\bunder (?<owner>my|our|his|her|its|their) (?:co-)?chair(?:manship)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OwnerChair();

    [GeneratedRegex(@"\b(?:met|meet|meets|meeting|talks|negotiations|discussions|dialogue|consultations|round|rounds|sessions)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeetingWords();

    /// <summary>"under my chairmanship" after talks or a meeting (not "the committee under her chairmanship approved the budget"):
    /// the resolved owner of the possessive chairs, and so stands between, the sides.</summary>
    private static void OwnerChairCues(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        foreach (Match m in OwnerChair().Matches(s.Text))
        {
            if (!MeetingWords().IsMatch(s.Text[..m.Index])) continue;
            var owner = RuleEngine.TokenAt(s, m.Groups["owner"].Index);
            if (s.Mentions.FirstOrDefault(x => x.First == owner && x.Last == owner && x.IsArgument) is not { } mention) continue;
            var chairs = mention.Actors.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            if (chairs.Count > 0) cues.Add((chairs, owner + 1, "chaired-by", false));
        }
    }

    private static readonly HashSet<string> TopicTitles = new(StringComparer.Ordinal)
    {
        "envoy", "envoys", "representative", "representatives", "coordinator", "co-ordinator", "adviser", "advisor", "rapporteur",
        "commissioner", "minister",
    };

    /// <summary>"my Personal Representative for East Timor, Ambassador NAME", "the UN Special Envoy for Syria, NAME": the place
    /// after "for" (or "on") in a title is what the office deals with, not one who mediates. An actor is dropped from the
    /// mediators when every mention of it in the sentence stands so.</summary>
    internal static List<DocActor> WithoutTitleTopics(SentenceContext s, List<DocActor> mediators)
    {
        if (mediators.Count < 2) return mediators;
        var kept = mediators.Where(a =>
        {
            var mentions = s.Mentions.Where(m => m.Actors.Contains(a)).ToList();
            return mentions.Count == 0 || !mentions.All(m => s.KeyAt(m.First - 1) is "for" or "on" && TopicTitles.Contains(s.KeyAt(m.First - 2)));
        }).ToList();
        return kept.Count > 0 ? kept : mediators;
    }
}
