using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A signing named as a noun with its signatories after "by": "welcomes the signing today of the Agreement on a Firm
/// and Lasting Peace by the Government of X and the Y Movement" (UN statements). Exactly two sides after "by" (states, armed
/// groups, governments, or bodies the report defines, which signing makes sides; a leader stands for the side led) negotiated the agreement: a reported negotiation, and they become the
/// pair "the parties" refers to (round 23). A treaty, agreement, accord or peace must be named between "signing" and "by".</summary>
internal static partial class SigningBy
{
    [GeneratedRegex(@"\bsigning\b(?<between>[^.;]{0,160}?)\bby\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Signing();

    [GeneratedRegex(@"\b(?:agreement|accord|treaty|peace|declaration|memorandum)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DealNoun();

    /// <summary>The passive: "the agreements were signed by President A of X and President B of Y" (a deal noun as the
    /// subject, "was/were/had been signed by" right after it within the clause).</summary>
    [GeneratedRegex(@"\b(?:agreements?|accords?|treat(?:y|ies)|declarations?|memorand(?:um|a))\b(?<between>[^.;,]{0,60}?)\b(?:was|were|has been|have been|had been)\s+signed\s+by\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveSigned();

    public static void Apply(SentenceContext s, bool claimed, List<DateMention> dates, List<RawRelation> output)
    {
        if (!s.Text.Contains("igned by", StringComparison.Ordinal) && !s.Text.Contains("igning", StringComparison.Ordinal)) return;
        foreach (Match m in Signing().Matches(s.Text).Concat(PassiveSigned().Matches(s.Text)))
        {
            var passive = !m.Value.StartsWith("signing", StringComparison.OrdinalIgnoreCase);
            if (!passive && !DealNoun().IsMatch(m.Groups["between"].Value)) continue;
            var first = RuleEngine.TokenAt(s, m.Index);
            var by = RuleEngine.TokenAt(s, m.Index + m.Length - 2);
            if (first < 0 || by < 0 || s.KeyAt(by) != "by") continue;
            var signatories = MembersOf(s, by) ?? Arguments.Object(s, by, passive ? 14 : 6);
            var sides = Arguments.Actors(signatories).Select(RuleEngine.Led).Where(a => PoliticalSides.IsSide(a) || a.Kind == ActorKind.Organisation).Distinct().ToList();
            if (sides.Count != 2) continue;
            var modality = ModalityCues.For(s, first, claimed, Arguments.ClauseStart(s, first)) ?? Modality.Reported;
            var date = DateFinder.Nearest(dates, m.Index);
            output.Add(new RawRelation(sides[0], sides[1], RelationVocabulary.Negotiates, modality, date?.Start, s.Where, "signing-by", 0.6,
                s.Quote(first, Math.Min(s.Tokens.Count - 1, by + 6))) { End = date?.End });
            // The passive names the signatories only: noting them as "the parties" lets a later paragraph's second track
            // ("has invited the two Parties") and a framing body ("conducted under the roadmap adopted by X") fall back on them (69).
            if (modality == Modality.Reported && !passive) s.Discourse.NotePair(sides[0], sides[1]);
        }
    }

    /// <summary>Nouns for the people who sign for a body ("members of the House", "representatives of the parties").</summary>
    private static readonly HashSet<string> MemberNouns = new(StringComparer.Ordinal)
    {
        "members", "representatives", "delegates", "delegations", "participants", "deputies", "envoys",
    };

    private static readonly HashSet<string> MemberGlue = new(StringComparer.Ordinal) { "of", "the", "and", ",", "including", "both" };

    /// <summary>"by participants in the dialogue, including members of the House of Representatives and of the General National
    /// Congress", "by members of A and B": the bodies whose members signed (after "including" when it comes within fourteen
    /// tokens), each after "of" with only member nouns, "of", "the", "and" and commas between; null when "by" is not followed by
    /// a member noun.</summary>
    private static List<Mention>? MembersOf(SentenceContext s, int by)
    {
        var k = s.KeyAt(by + 1) == "the" ? by + 2 : by + 1;
        if (!MemberNouns.Contains(s.KeyAt(k))) return null;
        var end = Math.Min(s.Tokens.Count, by + 16);
        for (var j = k; j < end; j++)
        {
            if (s.KeyAt(j) is "." or ";") break;
            if (s.KeyAt(j) == "including") { k = j + 1; break; }
        }
        var found = new List<Mention>();
        var at = k;
        foreach (var m in s.Mentions.Where(m => m.IsArgument && m.First >= k).OrderBy(m => m.First))
        {
            if (m.First - at > 6) break;
            for (var j = at; j < m.First; j++)
                if (!MemberGlue.Contains(s.KeyAt(j)) && !MemberNouns.Contains(s.KeyAt(j))) return found.Count == 2 ? found : null;
            if (s.KeyAt(m.First - 1) is not ("of" or "the") || found.Count == 0 && !ContainsOf(s, k, m.First)) return found.Count == 2 ? found : null;
            found.Add(m);
            at = m.Last + 1;
        }
        return found.Count == 2 ? found : null;
    }

    private static bool ContainsOf(SentenceContext s, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (s.KeyAt(j) == "of") return true;
        return false;
    }
}
