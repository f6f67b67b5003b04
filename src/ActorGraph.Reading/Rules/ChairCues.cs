using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Mediation cues of chairs and conveners that <see cref="MediationCues"/> does not read:
/// "asked X to chair the talks", "with X and Y as his fellow chairmen", "with Norway and Cuba as facilitators",
/// "X convened the summit", "a summit that X convened". A chair or convener of a donors' conference or a committee is
/// none: a talks noun must follow (or, for "as chairmen", be in the sentence).</summary>
internal static partial class ChairCues
{
    [GeneratedRegex(@"\bas (?:(?:his|her|its|their|the) )?(?:(?:fellow|joint|independent|neutral|international|chief|lead|sole|co-?) ?)*(?<noun>co-chairs?|co-chairmen|co-chairman|chairmen|chairman|chairs|chairpersons|mediators?|co-mediators?|facilitators?|co-facilitators?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AsMediators();

    [GeneratedRegex(@"\b(?:talks|negotiations|discussions|dialogue|consultations|peace process|sessions|summit|round|meeting|conference)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TalksNoun();

    // "asked X to chair the plenary sessions", "invited X to co-chair the talks".
    [GeneratedRegex(@"\b(?:asked|invited|appointed|chose|named|designated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appoint();

    // "X convened the summit", "a round of talks that X convened", "the meeting which the Panel convened".
    [GeneratedRegex(@"\bconven(?:e|es|ed|ing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Convened();

    private static readonly HashSet<string> Anchors = new(StringComparer.Ordinal) { "with", "appointed", "named", "chose", "designated", "asked", "invited" };

    private static readonly HashSet<string> SessionNouns = new(StringComparer.Ordinal)
    {
        "talks", "negotiations", "summit", "round", "meeting", "dialogue", "sessions", "session", "consultations",
    };

    /// <summary>The actors named between <paramref name="from"/> and <paramref name="to"/>, not after "of"; only the persons when
    /// there are any ("X, a former Prime Minister of Finland, and Y": not the states of their descriptions).</summary>
    private static List<DocActor> Persons(SentenceContext s, int from, int to)
    {
        var named = s.Mentions.Where(x => x.IsArgument && x.First > from && x.Last < to && s.KeyAt(x.First - 1) != "of").SelectMany(x => x.Actors)
            .Where(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)).Distinct().ToList();
        return named.Any(a => a.Kind == ActorKind.Person) ? named.Where(a => a.Kind == ActorKind.Person).ToList() : named;
    }

    public static void Find(SentenceContext s, List<(List<DocActor> Mediators, int Token, string Rule, bool Offer)> cues)
    {
        foreach (Match m in Appoint().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            var objects = Arguments.Object(s, t, 6);
            if (objects.Count == 0) continue;
            // "asked X, a former President of Finland, to chair the talks": the "to chair" may follow an aside.
            var to = Enumerable.Range(objects[0].Last + 1, 14).FirstOrDefault(k => s.KeyAt(k) == "to" && s.KeyAt(k + 1) is "chair" or "co-chair" or "preside", -1);
            if (to < 0 || !Enumerable.Range(to + 2, 6).Any(k => SessionNouns.Contains(s.KeyAt(k)))) continue;
            var named = Persons(s, t, to);
            if (named.Count > 0) cues.Add((named, t, "asked-to-chair", false));
        }
        foreach (Match m in AsMediators().Matches(s.Text))
        {
            var asToken = RuleEngine.TokenAt(s, m.Index);
            var chairs = m.Groups["noun"].Value.Contains("chair", StringComparison.OrdinalIgnoreCase);
            if (asToken < 0 || chairs && !TalksNoun().IsMatch(s.Text)) continue;
            // "the four men who served as mediators: A; B; and C": the colon list names them (MediationCues.ColonListCue).
            if (s.Text.AsSpan(m.Index + m.Length).TrimStart().StartsWith(":")) continue;
            var start = Arguments.ClauseStart(s, asToken);
            var anchor = -1;
            for (var k = asToken - 1; k >= Math.Max(start, asToken - 30); k--)
                if (Anchors.Contains(s.KeyAt(k))) { anchor = k; break; }
            if (anchor < 0) continue;
            var named = Persons(s, anchor, asToken);
            // "SADC appointed NAME as its mediator": the one appointed mediates for the body that appointed him, which mediates
            // through him and is no side.
            if (named.Count > 0 && s.KeyAt(anchor) is "appointed" or "named" or "chose" or "designated" && s.KeyAt(asToken + 1) is "its" or "their"
                && Arguments.Subject(s, anchor) is { Count: > 0 } appointer)
                named.AddRange(Arguments.Actors(appointer).Where(a => a.Kind is ActorKind.Organisation or ActorKind.State && !named.Contains(a)));
            if (named.Count > 0) cues.Add((named, asToken, "as-mediators", false));
        }
        foreach (Match m in Convened().Matches(s.Text))
        {
            var t = RuleEngine.TokenAt(s, m.Index);
            if (t < 0 || s.KeyAt(t + 1) == "by") continue;
            // "a summit that the Panel convened": the noun before the relative pronoun; "X convened the talks": the object noun.
            var relative = Enumerable.Range(Math.Max(1, t - 6), Math.Max(0, t - Math.Max(1, t - 6)))
                .Any(k => s.KeyAt(k) is "that" or "which" && (SessionNouns.Contains(s.KeyAt(k - 1))
                    // "the informal meeting in a broader format on Cyprus, which he convened": the noun a few words before the comma.
                    || s.KeyAt(k - 1) == "," && Enumerable.Range(Math.Max(0, k - 9), Math.Max(0, k - 1 - Math.Max(0, k - 9))).Any(j => SessionNouns.Contains(s.KeyAt(j)))));
            var direct = Enumerable.Range(t + 1, 4).Any(k => SessionNouns.Contains(s.KeyAt(k)));
            if (!relative && !direct) continue;
            var subject = Arguments.Subject(s, t);
            if (subject.Count > 0) cues.Add((Arguments.Actors(subject), t, "convened-talks", false));
        }
    }
}
