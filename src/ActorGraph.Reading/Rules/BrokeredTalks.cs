using System.Text.RegularExpressions;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>"Ethiopia and Eritrea signed the accord after months of indirect talks brokered by Algeria's President NAME":
/// the broker named after "brokered / mediated / facilitated by" a talks noun, and the state or body a named broker holds
/// office in, are no side of those talks in the same sentence (round 23). Only when a talks or deal noun stands at most six
/// words before the participle, so that "a force mediated by X" or an unrelated "by" is none.</summary>
internal static partial class BrokeredTalks
{
    [GeneratedRegex(@"\b(?:talks|negotiations|dialogue|consultations|agreement|accord|deal|truce|ceasefire|cease-fire)\b(?:\s+[\w'-]+){0,6}?\s+(?:brokered|mediated|facilitated|shepherded)\s+(?:jointly\s+)?by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksBrokeredBy();

    /// <summary>The brokers of talks in the sentence, with the bodies the persons among them hold office in.</summary>
    public static HashSet<DocActor> Brokers(SentenceContext s)
    {
        var brokers = new HashSet<DocActor>();
        if (!s.Text.Contains(" by ", StringComparison.Ordinal)) return brokers;
        foreach (Match m in TalksBrokeredBy().Matches(s.Text))
        {
            var by = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (by < 0) continue;
            foreach (var a in Arguments.Actors(Arguments.Object(s, by, 8)))
            {
                brokers.Add(a);
                if (a.Office is { Affiliation: var held }) brokers.Add(held);
            }
        }
        return brokers;
    }
}
