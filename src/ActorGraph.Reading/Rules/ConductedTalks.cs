using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Talks named first and their conductor in a relative clause after them: "the negotiations that the Personal
/// Representative, NAME, has conducted between the Governments of A and B", "talks which X led between A and B". The actors
/// between "that/which" and the verb run the talks; a "between" must follow the verb (the sides of the talks), so "the
/// negotiations that X has conducted with B" (X is a side) and "the survey that X conducted between March and May" (no actor
/// after "between") are none.</summary>
internal static partial class ConductedTalks
{
    [GeneratedRegex(@"\b(?:talks|negotiations|consultations|discussions|dialogue|proximity talks)\s+(?:that|which)\s+(?<who>(?:[^,.;]+,\s+)?[^,.;]+?,?)\s+(?:has\s+|have\s+|had\s+)?(?:conducted|led|chaired|moderated|steered|facilitated|mediated|brokered)\s+(?:[\w-]+\s+){0,3}?between\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conducted();

    public static void Find(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        foreach (Match m in Conducted().Matches(s.Text))
        {
            var who = m.Groups["who"];
            var first = RuleEngine.TokenAt(s, who.Index);
            var last = RuleEngine.TokenAt(s, who.Index + who.Length - 1);
            if (first < 0 || last < 0) continue;
            var between = RuleEngine.TokenAt(s, m.Index + m.Length - 1);
            if (Arguments.Between(s, between, 12) is null) continue;
            var conductors = s.Mentions.Where(x => x.IsArgument && x.First >= first && x.Last <= last).SelectMany(x => x.Actors)
                .Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).Distinct().ToList();
            // "the Secretary-General's Personal Representative, NAME": the person named last is the one who conducts them; the
            // office's owner before "'s" is not a second conductor.
            if (conductors.Count > 1 && conductors[^1].Kind == ActorKind.Person) conductors = [conductors[^1]];
            if (conductors.Count > 0) cues.Add((conductors, between, "talks-conducted-between", false));
        }
    }
}
