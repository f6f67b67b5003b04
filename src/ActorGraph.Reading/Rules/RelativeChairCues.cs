using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Mediation cues of those who run the talks, read in three sentence shapes that <see cref="MediationCues"/> and
/// <see cref="ChairCues"/> do not cover (round 23):
/// a relative clause, "X, who (has) moderated / co-chaired / chaired / presided over the talks";
/// a passive with the talks as subject, "The negotiations were led by X", "the talks were moderated by X";
/// a role taken, "X served as co-chairman of the conference", "X, who acted as moderator of the negotiations".
/// A talks noun must follow the verb (or, for the passive, be its subject), so that "X, who chaired the committee" or "forces
/// led by X" are none; "the Israeli negotiators were led by X" is a delegation, not the talks. Chairing "the daily sessions" under a
/// mediator is assistance, not mediation (56's gold): sessions and rounds are no talks noun here.</summary>
internal static partial class RelativeChairCues
{
    private static readonly HashSet<string> ChairVerbs = new(StringComparer.Ordinal)
    {
        "moderated", "moderates", "co-chaired", "co-chairs", "chaired", "chairs", "mediated", "mediates", "facilitated", "facilitates",
        "brokered", "presided", "steered", "convened",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "has", "had", "have", "also", "jointly", "since", "then", "later", "personally" };

    private static readonly HashSet<string> TalksNouns = new(StringComparer.Ordinal)
    {
        "talks", "negotiations", "negotiation", "conference", "dialogue", "mediation", "process", "peace", "consultations",
    };

    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "co-chairman", "co-chair", "co-chairs", "co-chairmen", "chairman", "chair", "moderator", "mediator", "co-mediator", "facilitator",
    };

    // "The negotiations were led by", "the talks were moderated by": the talks noun right before the passive.
    // "the mediation was conducted in Rome on behalf of the Holy See by NAME": a few words may stand before "by", but not a
    // participle of a text of its own ("conducted under the roadmap adopted by the Council": the Council adopted the roadmap).
    [GeneratedRegex(@"\b(?:talks|negotiations|conference|dialogue|mediation)\s+(?:were|was|had been|have been|are|is)\s+(?:\w+\s+)?(?:led|moderated|presided over|steered|conducted|chaired|co-chaired)\s+(?:[^.;,]{0,60}?\s)?(?<!\b(?:adopted|endorsed|approved|drafted|proposed|issued|set|tabled|presented|submitted|established|mandated|authori[sz]ed|passed)\s)by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksLedBy();

    /// <summary>The token of a chair's or mediator's verb after "who" at <paramref name="at"/> (auxiliaries and adverbs skipped),
    /// with a talks noun within four tokens after it; -1 when there is none.</summary>
    public static int ChairVerbAfter(SentenceContext s, int at)
    {
        var k = at;
        while (k < at + 3 && Fillers.Contains(s.KeyAt(k))) k++;
        // The tokenizer splits "co-chaired" into "co", "-", "chaired".
        if (s.KeyAt(k) == "co" && s.KeyAt(k + 1) == "-" && s.KeyAt(k + 2) is "chaired" or "chairs" or "chaired") k += 2;
        if (ChairVerbs.Contains(s.KeyAt(k)))
            return Enumerable.Range(k + 1, 4).Any(j => TalksNouns.Contains(s.KeyAt(j))) ? k : -1;
        // "who served / acted as (the) co-chairman of the conference".
        if (s.KeyAt(k) is "served" or "serves" or "acted" or "acts" && s.KeyAt(k + 1) == "as")
        {
            var r = s.KeyAt(k + 2) is "the" or "a" or "its" or "their" ? k + 3 : k + 2;
            if (s.KeyAt(r) is "joint" or "independent" or "chief" or "lead") r++;
            if (s.KeyAt(r) == "co" && s.KeyAt(r + 1) == "-") r += 2;
            if (RoleNouns.Contains(s.KeyAt(r)) && Enumerable.Range(r + 1, 4).Any(j => TalksNouns.Contains(s.KeyAt(j)))) return k;
        }
        return -1;
    }

    [GeneratedRegex(@"\b(?:until|till|up to)\b(?:\s+\w+){0,4}\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilBefore();

    /// <summary>"conducted by NAME until his death in February 1983": a date after "until" ends the mediator's part; it does
    /// not date the mediation (which would start a second process of the same pair at that date). Only after the cue: in "had
    /// fought a war until 1992, when a peace agreement brokered by X was signed" the "until" ends the war and dates the mediation.</summary>
    public static bool IsEndOnly(SentenceContext s, DateMention? date, int cueAt) =>
        date is not null && date.At > cueAt && date.At <= s.Text.Length && UntilBefore().IsMatch(s.Text[Math.Max(0, date.At - 40)..date.At]);

    public static void Find(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        // "X, who moderated the talks": the mention just before ", who".
        for (var w = 1; w < s.Tokens.Count; w++)
        {
            if (s.KeyAt(w) != "who" || s.KeyAt(w - 1) != ",") continue;
            var verb = ChairVerbAfter(s, w + 1);
            if (verb < 0) continue;
            // The ActiveVerb cue of MediationCues already reads "who mediated / facilitated / brokered".
            if (s.KeyAt(verb) is "mediated" or "mediates" or "facilitated" or "facilitates" or "brokered") continue;
            if (s.Mentions.LastOrDefault(m => m.Last == w - 2 && m.IsArgument) is not { } antecedent) continue;
            var named = antecedent.Actors.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            if (named.Count > 0) cues.Add((named, verb, "who-chaired-talks", false));
        }
        // "X served as co-chairman of the conference" with X as the subject.
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            if (s.KeyAt(k) is not ("served" or "serves" or "acted" or "acts") || s.KeyAt(k - 1) == "who" || ChairVerbAfter(s, k) != k) continue;
            var subject = Arguments.Subject(s, k);
            if (subject.Count > 0) cues.Add((Arguments.Actors(subject), k, "served-as-chair", false));
        }
        foreach (Match m in TalksLedBy().Matches(s.Text))
        {
            var first = RuleEngine.TokenAt(s, m.Index);
            // "the Israeli negotiators", "its talks": a side's own talks or team is no chair of the talks.
            if (first < 0 || s.KeyAt(first - 1) is not ("the" or "The") && first > 0) continue;
            var by = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            var named = Arguments.Actors(Arguments.Object(s, by, 6)).Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            // "on behalf of the Holy See by NAME": the body the chair acts for mediates too.
            for (var k = first; k < by - 2; k++)
                if (s.KeyAt(k) == "behalf" && s.KeyAt(k + 1) == "of")
                    named.AddRange(Arguments.Actors(Arguments.Object(s, k + 1, 4)).Where(a => a.Kind is ActorKind.State or ActorKind.Organisation));
            if (named.Count > 0) cues.Add((named.Distinct().ToList(), first, "talks-led-by", false));
        }
    }
}
