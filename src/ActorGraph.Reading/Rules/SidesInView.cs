using System.Text.RegularExpressions;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>A pair of sides the report sets apart without a war, ceasefire or talks tie: "The crisis pitted A against B", "pitting
/// A against B", "the rivalry / standoff / feud between A and B", "met separately (and jointly) with A and B".</summary>
internal sealed record RivalPair(DocActor A, DocActor B, int SentenceIndex);

/// <summary>Parties of a mediation when neither the cue's sentence nor the report's conflicts name them (a last resort before an
/// unnamed party):
/// <list type="bullet">
/// <item>a pair the report sets against each other ("The crisis pitted the March 14 Alliance ... against the March 8 Alliance"),
/// the one nearest the cue;</item>
/// <item>when the cue's sentence, or the one before it, speaks of a pair ("between the two brotherly countries", "The Parties
/// further agreed", "both sides"), the only two political sides the report has named up to the cue's paragraph that are not
/// the mediators or on their side (a leader counts as the side they lead).</item>
/// </list></summary>
internal static partial class SidesInView
{
    private static readonly HashSet<string> RivalryNouns = new(StringComparer.Ordinal)
    {
        "rivalry", "standoff", "stand-off", "feud", "confrontation",
    };

    /// <summary>Rival pairs in one sentence.</summary>
    public static List<RivalPair> Find(SentenceContext s)
    {
        var found = new List<RivalPair>();
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var key = s.KeyAt(k);
            if (key is "pitted" or "pitting" or "pits")
            {
                var against = -1;
                for (var j = k + 1; j < s.Tokens.Count && j < k + 40; j++)
                    if (s.KeyAt(j) == "against") { against = j; break; }
                if (against < 0) continue;
                // "pitted A against B" (active) or "A was pitted against B" (passive: the subject is A).
                var first = s.Mentions.Where(m => m.IsArgument && m.First > k && m.Last < against).SelectMany(m => m.Actors).FirstOrDefault(PoliticalSides.IsSide)
                    ?? s.Mentions.Where(m => m.IsArgument && m.Last < k).SelectMany(m => m.Actors).LastOrDefault(PoliticalSides.IsSide);
                var second = s.Mentions.Where(m => m.IsArgument && m.First > against && m.First <= against + 6).SelectMany(m => m.Actors).FirstOrDefault(PoliticalSides.IsSide);
                if (first is not null && second is not null && first != second) found.Add(new RivalPair(first, second, s.Sentence.Index));
            }
            // "he met separately and jointly with the Greek Cypriot leader, NAME, and the Turkish Cypriot leader, NAME": whom a third
            // meets one by one are two sides (leaders stay persons here; the process rolls leaders up where it can).
            else if (key is "separately" && Enumerable.Range(k + 1, 4).FirstOrDefault(j => s.KeyAt(j) == "with", -1) is var with and >= 0)
            {
                var met = s.Mentions.Where(m => m.IsArgument && m.First > with && m.First <= with + 12).SelectMany(m => m.Actors)
                    .Where(a => a.Kind == ActorKind.Person || PoliticalSides.IsSide(a)).Distinct().Take(2).ToList();
                if (met.Count == 2) found.Add(new RivalPair(met[0], met[1], s.Sentence.Index));
            }
            else if (RivalryNouns.Contains(key) && Arguments.Between(s, k, 3) is { } pair && pair.A != pair.B
                     && PoliticalSides.IsSide(pair.A) && PoliticalSides.IsSide(pair.B))
                found.Add(new RivalPair(pair.A, pair.B, s.Sentence.Index));
        }
        return found;
    }

    /// <summary>Whether a sentence speaks of a pair of sides without naming them.</summary>
    public static bool SpeaksOfPair(string sentence) => PairWords().IsMatch(sentence);

    [GeneratedRegex(
        @"\b(?:the|both|two) (?:two )?(?:\w+ )?(?:countries|states|nations|sides|neighbou?rs|camps|governments)\b|\bthe Parties\b|\bboth parties\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex PairWords();

    /// <summary>The parties for a cue that named none: the nearest rival pair, else the two sides in view when the text speaks of
    /// a pair; null when neither gives exactly two free sides.</summary>
    public static (DocActor A, DocActor B)? For(MediationCue cue, IReadOnlyList<RivalPair> rivals, IReadOnlyList<DocActor> named,
        ISet<int> pairSentences, Func<DocActor, bool> free, Func<DocActor, DocActor> side)
    {
        var rival = rivals.Where(r => free(r.A) && free(r.B)).MinBy(r => Math.Abs(r.SentenceIndex - cue.SentenceIndex));
        if (rival is not null) return (rival.A, rival.B);
        if (!pairSentences.Contains(cue.SentenceIndex) && !pairSentences.Contains(cue.SentenceIndex - 1)) return null;
        var sides = named.Where(a => a.FirstSeen.Paragraph <= cue.Where.Paragraph && a.Rule != "unnamed-party")
            .Select(side).Where(a => PoliticalSides.IsSide(a) && free(a))
            // A state and its government are one side.
            .DistinctBy(a => a.Kind is ActorKind.State or ActorKind.Government && a.Country is { } c ? "state:" + c : a.Id).ToList();
        return sides.Count == 2 ? (sides[0], sides[1]) : null;
    }
}
