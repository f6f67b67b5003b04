namespace ActorGraph.Reading.Recognition;

/// <summary>An alias defined in words right after an actor: "the Houthi movement, also known as Ansar Allah,", "the
/// Government of X (hereinafter referred to as "GOX")", "the Front, otherwise known as the FLN". The name becomes an alias
/// of the actor before and is no mention of its own, so that the actor and the ones listed with it stay one subject
/// ("X and Y, also known as Z, agreed" is X and Y agreeing). "hereinafter referred to as the Parties" is left to
/// <see cref="DefinedParties"/>.</summary>
internal static class AliasInWords
{
    /// <summary>The defining words after "," or "(", longest first.</summary>
    private static readonly string[][] Openers =
    [
        ["also", "known", "as"], ["otherwise", "known", "as"], ["better", "known", "as"], ["known", "as"],
        ["hereinafter", "referred", "to", "as"], ["hereafter", "referred", "to", "as"], ["hereinafter", "called"], ["hereinafter"],
    ];

    /// <summary>Words that give the actor's other name of another time ("known from 1989 as", "later renamed", "now called",
    /// "formerly known as"), longest first; "#" stands for a year.</summary>
    private static readonly string[][] Renamings =
    [
        ["known", "from", "#", "as"], ["known", "since", "#", "as"], ["renamed", "in", "#", "as"], ["renamed", "in", "#"],
        ["later", "renamed", "in", "#"], ["later", "renamed"], ["since", "renamed"], ["renamed", "as"], ["renamed"],
        ["now", "called"], ["now", "known", "as"], ["later", "known", "as"], ["later", "called"],
        ["formerly", "known", "as"], ["formerly", "called"], ["formerly"],
    ];

    /// <summary>Words that make the name a collective the text defines, not another name of the actor.</summary>
    private static readonly HashSet<string> Collective = new(StringComparer.Ordinal) { "party", "parties", "side", "sides", "signatories", "two", "both" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) is not ("," or "(")) return null;
        if (s.Mentions.LastOrDefault() is not { Role: MentionRole.Actor, Actors.Count: 1 } before || !Adjacent(s, before, i))
            return RenamedGovernment(s, i) ?? ListBehindAside(s, i);
        var at = Opener(s, i + 1) ?? Renaming(s, i + 1);
        if (at is null) return null;
        var k = at.Value;
        var quoted = s.KeyAt(k) is "\"" or "“" or "'" or "‘";
        if (quoted) k++;
        var first = s.KeyAt(k) == "the" ? k + 1 : k;
        var end = first;
        while (end < s.Tokens.Count && end - first < 6 && (s.Tokens[end] is { IsCapitalised: true, IsWord: true } || end > first && s.KeyAt(end) is "of" or "for" or "-")) end++;
        while (end > first && s.KeyAt(end - 1) is "of" or "for" or "-") end--;
        if (end == first || Enumerable.Range(first, end - first).Any(t => Collective.Contains(s.KeyAt(t)))) return null;
        var alias = s.Span(first, end - 1);
        if (MentionFinder.MatchDocPhrase(s, first) is { Actor: { } other } && other != before.Actor) return null;
        if (s.Lexicon.Match(s.Tokens, first, s.Text) is { } known && known.Entry.Actor.Name != before.Actor.Name) return null;
        if (!DefinedGroups.TryDefine(s, before, alias)) s.Actors.AddAlias(before.Actor, alias);
        var after = quoted && s.KeyAt(end) is "\"" or "”" or "'" or "’" ? end + 1 : end;
        var next = s.KeyAt(after) == ")" && s.KeyAt(i) == "(" ? after + 1 : after;
        s.Asides.Add((i, next - 1));
        return next;
    }

    /// <summary>"A, B, C and D, Guarantor Countries of the Protocol of 1942 (hereinafter "the Guarantors")": a plural name defined
    /// after an aside that follows a list (see <see cref="DefinedGroups"/>); the definition is skipped when it names the list.</summary>
    private static int? ListBehindAside(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "(" || Opener(s, i + 1) is not { } k || !s.KeyAt(i + 1).StartsWith("here", StringComparison.Ordinal)) return null;
        if (s.KeyAt(k) is "\"" or "“" or "'" or "‘") k++;
        if (s.KeyAt(k) == "the") k++;
        if (k >= s.Tokens.Count || !s.Tokens[k].IsCapitalised || Collective.Contains(s.KeyAt(k))) return null;
        if (!DefinedGroups.TryDefineBehindAside(s, i, s.Tokens[k].Text)) return null;
        var close = k + 1;
        while (close < s.Tokens.Count && close - k < 4 && s.KeyAt(close) != ")") close++;
        if (s.KeyAt(close) != ")") return null;
        s.Asides.Add((i, close));
        return close + 1;
    }

    /// <summary>The comma or bracket follows the actor at once, or after its bracketed acronym ("the X (XF), also known as").</summary>
    private static bool Adjacent(SentenceContext s, Mention before, int i) =>
        before.Last == i - 1 || before.Last == i - 4 && s.KeyAt(i - 3) == "(" && s.KeyAt(i - 1) == ")";

    private static int? Opener(SentenceContext s, int at) => Match(s, at, Openers);

    private static int? Renaming(SentenceContext s, int at) => Match(s, at, Renamings);

    private static int? Match(SentenceContext s, int at, string[][] openers)
    {
        foreach (var words in openers)
        {
            if (words.Select((w, n) => w == "#" ? IsYear(s.KeyAt(at + n)) : s.KeyAt(at + n) == w).All(x => x)) return at + words.Length;
        }
        return null;
    }

    private static bool IsYear(string key) => key.Length == 4 && key.All(char.IsAsciiDigit);

    /// <summary>"The government, known from 1989 as the State of Cambodia,": an unresolved "the government" renamed with a name
    /// that holds a state's name is that state's government, with the new name as its alias; the name is no mention of its own.</summary>
    private static int? RenamedGovernment(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "," || s.KeyAt(i - 1) != "government" || s.KeyAt(i - 2) != "the" || s.Mentions.Any(m => m.Last >= i - 2)) return null;
        if (Renaming(s, i + 1) is not { } k) return null;
        var first = s.KeyAt(k) == "the" ? k + 1 : k;
        var end = first;
        while (end < s.Tokens.Count && end - first < 6 && (s.Tokens[end] is { IsCapitalised: true, IsWord: true } || end > first && s.KeyAt(end) is "of" or "for" or "-")) end++;
        while (end > first && s.KeyAt(end - 1) is "of" or "for" or "-") end--;
        if (end - first < 2) return null;
        DocActor? state = null;
        for (var t = first; t < end && state is null; t++)
        {
            if (s.Lexicon.Match(s.Tokens, t, s.Text) is { Entry.Actor.Kind: Core.Model.ActorKind.State } match && t + match.Length <= end)
                state = s.Actors.FromTemplate(match.Entry.Actor, s.Where, "lexicon");
        }
        if (state is null) return null;
        var government = MentionFinder.Government(s, state);
        s.Actors.AddAlias(government, s.Span(first, end - 1));
        s.Add(government, i - 2, i - 1, MentionRole.Actor, "renamed-government");
        s.Asides.Add((i, end - 1));
        return end;
    }
}
