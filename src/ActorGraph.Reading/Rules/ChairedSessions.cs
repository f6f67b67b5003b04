using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A third party running the talks between two sides, in the active voice: "Minister NAME chaired the working sessions
/// between the two delegations", "NAME, who moderated the talks between the parties", "X presided over the negotiations between
/// A and B". Only talks "between" sides: "X chaired the donors' meeting" or "chaired the committee" is no mediation.</summary>
internal static partial class ChairedSessions
{
    [GeneratedRegex(@"\b(?:co-)?(?:chaired|chairs|chairing|moderated|moderates|moderating|presided over|presides over|presiding over)\s+(?:the|a|all|both|several|two|three)\s+(?:[\w-]+\s+){0,2}?(?:talks|negotiations|sessions|session|meetings|meeting|dialogue|consultations|rounds|round)\s+between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chaired();

    private static readonly HashSet<string> Agents = new(StringComparer.Ordinal) { "representative", "envoy", "emissary", "delegate" };

    public static void Find(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        foreach (Match m in Chaired().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            if (t < 0) continue;
            var subject = RelativeSubject.Before(s, t) is { } relative ? [relative] : Arguments.Subject(s, t);
            var chairs = Arguments.Actors(subject).Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            // "The Facilitator's representative, Minister NAME, chaired ...": the one represented is on the chair's side, no party.
            if (subject.Count > 0)
                chairs.AddRange(s.Mentions.Where(x => x.Last < subject[0].First && x.Last >= subject[0].First - 6 && x.Role != MentionRole.Speaker
                        && Enumerable.Range(x.Last + 1, subject[0].First - x.Last - 1).Any(k => Agents.Contains(s.KeyAt(k))))
                    .SelectMany(x => x.Actors).Where(a => !chairs.Contains(a)).Distinct().ToList());
            if (chairs.Count > 0) cues.Add((chairs, t, "chairs-sessions-between", false));
        }
    }
}
