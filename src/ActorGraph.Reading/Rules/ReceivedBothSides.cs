using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A mediator credited with bringing the two sides together in a relative clause (issue 14): "thanks to the efforts of
/// NAME, Emir of X, who received President A and President B", "under the auspices of X, who hosted A and B", "at the invitation
/// of X, who welcomed A and B". The credited one (the first actor after the credit phrase) mediates between the two received,
/// which are the parties. The two must follow the verb at once (a name, or "both"/"the" and a name): "who received a call from
/// A and B" or "who received A" (one side only) is none. Without a credit phrase a reception is a visit, not mediation.</summary>
internal static partial class ReceivedBothSides
{
    [GeneratedRegex(@"\b(?:(?:thanks|owing|due) to the (?:\w+ )?efforts of|through the (?:\w+ )?efforts of|at the invitation of|under the auspices of|through the good offices of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Credit();

    private static readonly HashSet<string> ReceiveVerbs = new(StringComparer.Ordinal)
    {
        "received", "receives", "hosted", "hosts", "welcomed", "welcomes", "invited", "gathered", "convened",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "has", "had", "have", "also", "personally", "then", "later", "jointly" };

    public static void Find(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues, Dictionary<int, (DocActor, DocActor)> together)
    {
        if (!s.Text.Contains("who", StringComparison.Ordinal) && !s.Text.Contains("which", StringComparison.Ordinal)) return;
        foreach (Match m in Credit().Matches(s.Text))
        {
            var of = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (of < 0) continue;
            // The credited one: the first actor named right after the phrase.
            if (s.Mentions.Where(x => x.IsArgument && x.First > of).OrderBy(x => x.First).FirstOrDefault() is not { } credited
                || credited.First - of > 4) continue;
            var mediators = credited.Actors.Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).ToList();
            if (mediators.Count == 0) continue;
            // ", who (which) VERB" within the credited one's apposition ("NAME, Emir of the State of Qatar, who received"), before a stop.
            for (var w = credited.Last + 1; w < Math.Min(s.Tokens.Count, credited.Last + 16); w++)
            {
                if (s.KeyAt(w) is ";" or "." or ":") break;
                if (s.KeyAt(w) is not ("who" or "which") || s.KeyAt(w - 1) != ",") continue;
                var verb = w + 1;
                while (verb < w + 4 && Fillers.Contains(s.KeyAt(verb))) verb++;
                if (!ReceiveVerbs.Contains(s.KeyAt(verb))) break;
                var start = s.KeyAt(verb + 1) is "both" or "the" ? verb + 2 : verb + 1;
                var objects = Arguments.Object(s, verb, 12);
                if (objects.Count == 0 || objects[0].First != start) break;
                // A person received stands for the body they hold office in; one with no office known is left (report 82: a president
                // without his state is no party, and the gold's parties are the states).
                var sides = Arguments.Actors(objects).Select(a => a.Kind == ActorKind.Person ? a.Office?.Affiliation : a)
                    .Where(a => a is not null && a.Kind is not (ActorKind.Territory or ActorKind.Population)).Select(a => a!).Distinct().Except(mediators).ToList();
                if (sides.Count != 2) break;
                cues.Add((mediators, verb, "credited-received-both", false));
                together[verb] = (sides[0], sides[1]);
                break;
            }
        }
    }
}
