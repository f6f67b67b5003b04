using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>Sides named as a set. "the quartet", "the Troika", "the trio", "the four states (countries, nations,
/// governments, powers)" refer to the last list of exactly that many states the report named side by side in an earlier
/// sentence ("Saudi Arabia, the UAE, Bahrain and Egypt ..."; later "the quartet accused Qatar"): one mention of all the
/// members, which is one side of the sentence. With no such list nothing is read (a named body "the Quartet" of the tables or
/// of the report is read by the other rules first). "the two Koreas" (a plural of the word that ends two states' names) is
/// those two states, with no list needed.</summary>
internal static class SetNames
{
    private static readonly Dictionary<string, int> SetNouns = new(StringComparer.Ordinal)
    {
        ["quartet"] = 4, ["troika"] = 3, ["trio"] = 3,
    };

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["2"] = 2, ["3"] = 3, ["4"] = 4, ["5"] = 5, ["6"] = 6,
    };

    private static readonly HashSet<string> StateNouns = new(StringComparer.Ordinal) { "states", "countries", "nations", "governments", "powers" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "the") return null;
        var subject = SubjectPlace(s, i);
        if (subject && SetNouns.TryGetValue(s.KeyAt(i + 1), out var size) && !OpensLongerName(s, i + 2)) return Resolve(s, i, i + 1, size);
        if (Numbers.TryGetValue(s.KeyAt(i + 1), out var count))
        {
            // "the two countries" is the pair of sides, which the pair references read; a set has three members or more.
            if (subject && count >= 3 && StateNouns.Contains(s.KeyAt(i + 2)) && !OpensLongerName(s, i + 3)) return Resolve(s, i, i + 2, count);
            if (count == 2 && PluralOfSharedName(s, i + 2) is { Count: 2 } pair)
            {
                s.Add(pair.Select(t => s.Actors.FromTemplate(t, s.Where, "lexicon")).ToList(), i, i + 2, MentionRole.Actor, "set-name");
                return i + 3;
            }
        }
        return null;
    }

    /// <summary>Whether "the" at <paramref name="i"/> opens a subject or a coordinated side: at the sentence's start, after
    /// punctuation, a number or a capitalised word ("in 2017 the quartet accused", "To sum up: the four states"), or after "and"
    /// ("between Qatar and the quartet"). After a verb or another lower-case word ("committed the three countries to") the set
    /// is an object the rules of relations would pair with the subject, whatever the list.</summary>
    private static bool SubjectPlace(SentenceContext s, int i) =>
        i == 0 || s.Tokens[i - 1] is { IsWord: false } || s.Tokens[i - 1].IsCapitalised || s.KeyAt(i - 1).All(char.IsDigit) || s.KeyAt(i - 1) == "and";

    /// <summary>Notes the lists of states the sentence names side by side: actor mentions of states or governments with only
    /// ",", "and" or "the" between them.</summary>
    public static void NoteLists(SentenceContext s)
    {
        var list = new List<DocActor>();
        Mention? previous = null;
        foreach (var m in s.Mentions.Where(m => m.Role == MentionRole.Actor).OrderBy(m => m.First))
        {
            var isState = m.Actors.All(a => a.Kind is ActorKind.State or ActorKind.Government);
            var joined = previous is not null && Enumerable.Range(previous.Last + 1, Math.Max(0, m.First - previous.Last - 1))
                .All(k => s.KeyAt(k) is "," or "and" or "the");
            if (!isState || !joined) Flush(s, list);
            if (isState) list.AddRange(m.Actors.Where(a => !list.Contains(a)));
            previous = isState ? m : null;
        }
        Flush(s, list);
    }

    private static void Flush(SentenceContext s, List<DocActor> list)
    {
        if (list.Count >= 2) s.Discourse.StateLists.Add(list.ToList());
        list.Clear();
    }

    private static int? Resolve(SentenceContext s, int first, int last, int size)
    {
        for (var k = s.Discourse.StateLists.Count - 1; k >= 0; k--)
        {
            if (s.Discourse.StateLists[k].Count != size) continue;
            s.Add(s.Discourse.StateLists[k], first, last, MentionRole.Actor, "set-name");
            return last + 1;
        }
        return null;
    }

    /// <summary>"the quartet of mediators", "the Troika Envoys": the noun opens a longer name or description.</summary>
    private static bool OpensLongerName(SentenceContext s, int k) =>
        s.KeyAt(k) is "of" or "for" or "on" or "'s" || k < s.Tokens.Count && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord;

    /// <summary>"Koreas": the states whose names end in the word without its "s" ("North Korea", "South Korea").</summary>
    private static List<Lexicon.ActorTemplate>? PluralOfSharedName(SentenceContext s, int k)
    {
        var word = k < s.Tokens.Count ? s.Tokens[k].Text : "";
        if (word.Length < 4 || !char.IsUpper(word[0]) || word[^1] != 's') return null;
        var stem = " " + word[..^1];
        return s.Lexicon.Actors.Where(a => a.Kind == ActorKind.State && a.Name.EndsWith(stem, StringComparison.Ordinal)).ToList();
    }
}
