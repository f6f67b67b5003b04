using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>One side that took part in, joined or left multi-party talks, in the sentence that says so.</summary>
internal sealed record RosterEntry(DocActor Side, bool Joins, int SentenceIndex, int Paragraph);

/// <summary>Who sat at the table of multi-party talks: "Ten parties took part, among them A, B and C" and "X joined the talks"
/// name parties; "A and B left them / walked out of the talks / withdrew from the negotiations" take them off again. Only
/// political sides count (states, governments, armed groups, parties and movements); a person or a mediating body does not,
/// and "X joined the talks as an observer / a guarantor" is no party. "It joined the talks" is the subject of the sentence
/// before.</summary>
internal static class Rosters
{
    private static readonly HashSet<string> TalksNouns = new(StringComparer.Ordinal) { "talks", "negotiations", "table", "dialogue", "conference" };
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ",", ";", ":", "—", "–" };

    public static List<RosterEntry> Find(SentenceContext s, DocActor? previousSubject)
    {
        var found = new List<RosterEntry>();
        var t = s.Tokens;
        var talksInSentence = t.Any(x => TalksNouns.Contains(x.Key));
        for (var k = 0; k < t.Count; k++)
        {
            var key = s.KeyAt(k);
            // "... took part / participated, among them A, B and C" or "including A, B and C".
            if ((key == "took" && s.KeyAt(k + 1) == "part") || key == "participated")
            {
                for (var j = k + 1; j < t.Count && j < k + 12; j++)
                {
                    var listAt = s.KeyAt(j) == "among" && s.KeyAt(j + 1) == "them" ? j + 2 : s.KeyAt(j) == "including" && s.KeyAt(j - 1) == "," ? j + 1 : -1;
                    if (listAt < 0) continue;
                    foreach (var m in s.Mentions.Where(m => m.First >= listAt))
                        Add(found, m.Actor, true, s);
                    break;
                }
            }
            // "X joined the talks (in September 1997)" / "X joined the negotiations".
            if (key is "joined" or "rejoined" && s.KeyAt(k + 1) == "the" && TalksNouns.Contains(s.KeyAt(k + 2)) && !AsRole(s, k + 3))
                Subjects(found, s, k, true, previousSubject);
            // "A and B left them / the talks", "walked out (of the talks)", "withdrew from the talks", "quit the negotiations".
            var leaves = key is "left" or "quit" or "abandoned" or "boycotted" && (s.KeyAt(k + 1) == "them" && talksInSentence || s.KeyAt(k + 1) == "the" && TalksNouns.Contains(s.KeyAt(k + 2)))
                || key == "walked" && s.KeyAt(k + 1) == "out" && talksInSentence
                || key is "withdrew" && s.KeyAt(k + 1) == "from" && (s.KeyAt(k + 2) == "them" || TalksNouns.Contains(s.KeyAt(k + 3)));
            if (leaves) Subjects(found, s, k, false, null);
        }
        return found;
    }

    private static bool AsRole(SentenceContext s, int from)
    {
        for (var j = from; j < s.Tokens.Count && j < from + 6; j++)
            if (s.KeyAt(j) == "as") return true;
        return false;
    }

    private static void Subjects(List<RosterEntry> found, SentenceContext s, int verb, bool joins, DocActor? previousSubject)
    {
        var start = verb - 1;
        while (start >= 0 && !ClauseBreaks.Contains(s.KeyAt(start))) start--;
        var before = s.Mentions.Where(m => m.First > start && m.Last < verb).ToList();
        if (before.Count == 0 && previousSubject is not null && s.KeyAt(verb - 1) is "it" or "they" && verb - 1 == start + 1) Add(found, previousSubject, joins, s);
        foreach (var m in before) Add(found, m.Actor, joins, s);
    }

    private static void Add(List<RosterEntry> found, DocActor a, bool joins, SentenceContext s)
    {
        if (!PoliticalSides.IsSide(a) || found.Any(f => f.Side == a && f.Joins == joins)) return;
        found.Add(new RosterEntry(a, joins, s.Sentence.Index, s.Sentence.Paragraph));
    }
}
