using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A body the tables do not know, named by a capitalised phrase that ends in a body's head noun: "the
/// Trilateral Contact Group", "the Joint Monitoring Commission", "the Patriotic Liberation Front". Two to five
/// capitalised words, none a title, a month or a known name, the phrase not continuing a capitalised word before
/// it (so "Sudanese Armed Forces" stays the known group and "Armed Forces" alone is no new body). Fronts, armies,
/// brigades, militias and forces are armed groups; the rest organisations.</summary>
internal static class UnknownBodies
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "group", "council", "committee", "commission", "coalition", "alliance", "movement", "party", "organisation",
        "organization", "authority", "quartet", "front", "army", "brigades", "brigade", "militia", "forces", "union",
    };

    private static readonly HashSet<string> ArmedHeads = new(StringComparer.Ordinal) { "front", "army", "brigades", "brigade", "militia", "forces" };

    /// <summary>First words that make the phrase generic or a date rather than a name.</summary>
    private static readonly HashSet<string> NotFirst = new(StringComparer.Ordinal)
    {
        "the", "armed", "security", "general", "this", "that", "their", "its", "our", "his", "her", "a", "an",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        var tokens = s.Tokens;
        if (!IsNameWord(s, i) || NotFirst.Contains(s.KeyAt(i)) || (i > 0 && tokens[i - 1].IsCapitalised && tokens[i - 1].IsWord && s.KeyAt(i - 1) != "the" && i - 1 > 0)) return null;
        var k = i;
        while (k < tokens.Count && k - i < 5 && IsNameWord(s, k))
        {
            if (RoleWords.MatchTitle(tokens, k) is not null || (k > i && s.Lexicon.Match(tokens, k, s.Text) is not null)) return null;
            k++;
        }
        var last = k - 1;
        if (last - i < 1 || !Heads.Contains(s.KeyAt(last))) return null;
        var name = s.Span(i, last);
        var kind = ArmedHeads.Contains(s.KeyAt(last)) ? ActorKind.ArmedGroup : ActorKind.Organisation;
        var body = s.Actors.GetOrCreate(name, kind, null, s.Where, "unknown-body");
        body.Description ??= $"{name}, a body named in the report and not in ActorGraph's tables: check it.";
        body.Confidence = Math.Min(body.Confidence, 0.6);
        s.Add(body, i, last, MentionRole.Actor, "unknown-body");
        if (kind is ActorKind.ArmedGroup or ActorKind.Organisation) s.Discourse.LastGroup = body;
        return k;
    }

    private static bool IsNameWord(SentenceContext s, int k) =>
        k < s.Tokens.Count && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord && s.Tokens[k].Text.Any(char.IsLower);
}
