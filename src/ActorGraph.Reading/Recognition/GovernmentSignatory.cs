using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A head title with no country that acts for a government named in the same sentence leads it: "President X signed
/// for the Government", "signed for the Government by President X", "Prime Minister Y, on behalf of the Government of Z",
/// "President X and his government". The government must be a mention of the sentence (or, for "his government", the one
/// government or state the sentence names); with none, nothing is tied. It runs before the sentence-state rule, so a state
/// named elsewhere in the sentence ("while Azerbaijan was represented by ...") is not taken for the signatory's.</summary>
internal static class GovernmentSignatory
{
    public static void Note(SentenceContext s)
    {
        foreach (var m in s.Mentions.ToList())
        {
            if (!HeadTitles.IsUnplacedHead(m)) continue;
            if (Enumerable.Range(Math.Max(0, m.First - 2), 2).Any(k => s.KeyAt(k) is "former" or "then" or "late" or "ex")) continue;
            var title = HeadTitles.Start(s, m.First);
            if ((After(s, m.Last) ?? Before(s, title)) is not var (government, at)) continue;
            s.Office(m.Actor, government, RoleKind.Leads, "government-signatory", Math.Min(title, at));
        }
    }

    /// <summary>"X signed for the Government", "X, on behalf of the Government of Z", "X and his government".</summary>
    private static (DocActor, int)? After(SentenceContext s, int last)
    {
        var k = last + 1;
        if (s.KeyAt(k) == ",") k++;
        if (s.KeyAt(k) == "and" && s.KeyAt(k + 1) == "his" && s.KeyAt(k + 2) == "government")
        {
            var named = GovernmentAt(s, k + 1, k + 2);
            if (named is not null) return (named, k + 2);
            var govs = s.Mentions.SelectMany(x => x.Actors).Where(a => a.Kind is ActorKind.Government or ActorKind.State).Distinct().ToList();
            return govs.Count == 1 ? (govs[0], k + 2) : null;
        }
        if (s.KeyAt(k) == "signed") k++;
        if (s.KeyAt(k) == "for") k++;
        else if (s.KeyAt(k) == "on" && s.KeyAt(k + 1) == "behalf" && s.KeyAt(k + 2) == "of") k += 3;
        else return null;
        if (s.KeyAt(k) == "the") k++;
        if (s.KeyAt(k) != "government" || !s.Tokens[k].IsCapitalised) return null;
        return GovernmentAt(s, k, k) is { } g ? (g, k) : null;
    }

    /// <summary>"signed for the Government by President X".</summary>
    private static (DocActor, int)? Before(SentenceContext s, int title)
    {
        if (s.KeyAt(title - 1) != "by") return null;
        for (var k = title - 2; k >= Math.Max(0, title - 8); k--)
        {
            if (s.KeyAt(k) != "government" || !s.Tokens[k].IsCapitalised) continue;
            var j = k - 1;
            if (s.KeyAt(j) == "the") j--;
            if (s.KeyAt(j) != "for" || s.KeyAt(j - 1) != "signed") return null;
            return GovernmentAt(s, k, k) is { } g ? (g, j - 1) : null;
        }
        return null;
    }

    /// <summary>The one government (or state) mention covering a token range.</summary>
    private static DocActor? GovernmentAt(SentenceContext s, int from, int to) =>
        s.Mentions.FirstOrDefault(x => x.First <= to && from <= x.Last && x.Actors.Count == 1 && x.Actor.Kind is ActorKind.Government or ActorKind.State)?.Actor;
}
