namespace ActorGraph.Reading.Recognition;

/// <summary>A collective name a text gives to the actors it has just listed: "Argentina, Brazil, Chile and the United States
/// (hereinafter "the Guarantors")", "Colombia, Mexico, Spain and Venezuela, known as the Friends". The plural name is no
/// alias of the last actor of the list; later, "the Guarantors" stands for all of them (one mention of several actors, as
/// "the two sides" is).</summary>
internal static class DefinedGroups
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { ",", "and", "the" };

    /// <summary>Whether <paramref name="alias"/> (a plural name) names the list of actors that ends with <paramref name="last"/>;
    /// if so, it is remembered for the rest of the text.</summary>
    public static bool TryDefine(SentenceContext s, Mention last, string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words[0].Length < 4 || !words[0].EndsWith('s') || words[0].EndsWith("ss", StringComparison.Ordinal)) return false;
        var list = new List<Mention> { last };
        var arguments = s.Mentions.Where(m => m.IsArgument && m.Last < last.First).OrderByDescending(m => m.Last).ToList();
        var next = last.First;
        foreach (var m in arguments)
        {
            if (m.Actors.Count != 1 || Enumerable.Range(m.Last + 1, next - m.Last - 1).Any(g => !Joiners.Contains(s.KeyAt(g)))) break;
            list.Add(m);
            next = m.First;
        }
        if (list.Count < 2) return false;
        s.Discourse.DefinedGroups[Key(words[0])] = list.Select(m => m.Actor).Reverse().Distinct().ToList();
        return true;
    }

    /// <summary>A plural name in brackets after an aside that follows a list: the last list of two or more actors before
    /// <paramref name="bracket"/> that a comma ends ("A, B and C, Guarantor Countries of ... (hereinafter "the Guarantors")").</summary>
    public static bool TryDefineBehindAside(SentenceContext s, int bracket, string name)
    {
        if (name.Length < 4 || !name.EndsWith('s') || name.EndsWith("ss", StringComparison.Ordinal)) return false;
        var last = s.Mentions.Where(m => m.IsArgument && m.Actors.Count == 1 && m.Last < bracket - 2 && s.KeyAt(m.Last + 1) == ",")
            .OrderByDescending(m => m.Last).FirstOrDefault(m => Listed(s, m) >= 2);
        return last is not null && TryDefine(s, last, name);
    }

    /// <summary>How many single-actor mentions, joined only by ",", "and" and "the", end with <paramref name="last"/>.</summary>
    private static int Listed(SentenceContext s, Mention last)
    {
        var count = 1;
        var next = last.First;
        foreach (var m in s.Mentions.Where(m => m.IsArgument && m.Last < last.First).OrderByDescending(m => m.Last))
        {
            if (m.Actors.Count != 1 || Enumerable.Range(m.Last + 1, next - m.Last - 1).Any(g => !Joiners.Contains(s.KeyAt(g)))) break;
            count++;
            next = m.First;
        }
        return count;
    }

    /// <summary>"the Guarantors" (capitalised, after "the") once the text has defined it: a mention of all its members.</summary>
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.Discourse.DefinedGroups.Count == 0 || s.KeyAt(i) != "the" || i + 1 >= s.Tokens.Count || !s.Tokens[i + 1].IsCapitalised) return null;
        if (!s.Discourse.DefinedGroups.TryGetValue(Key(s.Tokens[i + 1].Text), out var members)) return null;
        s.Add(members, i, i + 1, MentionRole.Actor, "defined-group");
        return i + 2;
    }

    private static string Key(string word) => word.ToLowerInvariant();
}
