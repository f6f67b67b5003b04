using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>One plural title for several holders, each after its state: "The Presidents of Argentina, NAME, of Bolivia, NAME,
/// and of Chile, NAME", or each before its state in an apposition: "The Prime Ministers, Tony Blair of the United Kingdom
/// and Bertie Ahern of Ireland, joined ...", "The foreign ministers of the three countries, A of X, B of Y and C of Z": each holder
/// holds the singular title in the state named with them.</summary>
internal static class PluralTitles
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "two", "three", "four", "five", "six", "2", "3", "4", "5", "6" };

    private static readonly HashSet<string> SetNouns = new(StringComparer.Ordinal) { "countries", "states", "governments", "nations", "parties", "sides" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        // "the Foreign Ministers Edward Nalbandian of Armenia and Ahmet Davutoğlu of Turkey": a capitalised plural title, then
        // the holders each with their state, no comma between.
        var bare = s.Tokens[i].IsCapitalised && i + 1 < s.Tokens.Count && s.Tokens[i + 1] is { IsCapitalised: true, IsWord: true }
            && RoleWords.MatchTitle(s.Tokens, i + 1) is null;
        if (!s.Tokens[i].Text.EndsWith('s') || !(bare || s.KeyAt(i + 1) is "of" or ",")) return null;
        var singular = s.KeyAt(i)[..^1];
        var prefix = s.KeyAt(i - 1) is "prime" or "foreign" ? s.KeyAt(i - 1) + " " : "";
        if (!RoleWords.Titles.TryGetValue(prefix + singular, out var role) || role == RoleKind.Rank) return null;
        var title = (prefix.Length > 0 ? s.Tokens[i - 1].Text + " " : "") + s.Tokens[i].Text[..^1];
        if (s.KeyAt(i + 1) == ",") return Add(s, role, title, NamesThenStates(s, i + 2));
        // "former Presidents A of X and B of Y": past holders are named, with their states, and hold no office now.
        if (bare) return Add(s, role, title, NamesThenStates(s, i + 1), former: s.KeyAt(i - 1) is "former" or "late" or "ex" || s.KeyAt(i - 2) is "former" or "late" or "ex");
        // "The foreign ministers of the three countries, A of X, B of Y and C of Z": the set counted, then its holders.
        if (s.KeyAt(i + 2) == "the" && Counts.Contains(s.KeyAt(i + 3)) && SetNouns.Contains(s.KeyAt(i + 4)) && s.KeyAt(i + 5) == ",")
            return Add(s, role, title, NamesThenStates(s, i + 6));
        if (!s.Tokens[i].IsCapitalised) return null;
        var holders = new List<(DocActor State, int StateAt, int StateEnd, int NameAt, int NameEnd)>();
        var k = i + 1;
        while (s.KeyAt(k) == "of")
        {
            var at = s.KeyAt(k + 1) == "the" ? k + 2 : k + 1;
            if (at >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, at, s.Text) is not { Entry.Actor.Kind: ActorKind.State } state) break;
            var comma = at + state.Length;
            if (s.KeyAt(comma) != ",") break;
            var nameEnd = Persons.NameEnd(s, comma + 1);
            if (nameEnd - comma - 1 < 2) break;
            holders.Add((s.Actors.FromTemplate(state.Entry.Actor, s.Where, "lexicon"), at, comma - 1, comma + 1, nameEnd));
            k = nameEnd;
            if (s.KeyAt(k) == ",") k++;
            if (s.KeyAt(k) == "and") k++;
        }
        return Add(s, role, title, holders);
    }

    /// <summary>"Tony Blair of the United Kingdom and Bertie Ahern of Ireland" from <paramref name="k"/>: names of two words
    /// or more, each followed by "of" and a state, joined by commas and "and"; the list stops at the first item that is not
    /// such a pair (the comma that closes the apposition).</summary>
    private static List<(DocActor State, int StateAt, int StateEnd, int NameAt, int NameEnd)> NamesThenStates(SentenceContext s, int k)
    {
        var holders = new List<(DocActor State, int StateAt, int StateEnd, int NameAt, int NameEnd)>();
        while (k < s.Tokens.Count && s.Tokens[k].IsCapitalised)
        {
            var nameEnd = Persons.NameEnd(s, k);
            if (nameEnd - k < 2 || s.KeyAt(nameEnd) != "of") break;
            var at = s.KeyAt(nameEnd + 1) == "the" ? nameEnd + 2 : nameEnd + 1;
            if (at >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, at, s.Text) is not { Entry.Actor.Kind: ActorKind.State } state) break;
            holders.Add((s.Actors.FromTemplate(state.Entry.Actor, s.Where, "lexicon"), at, at + state.Length - 1, k, nameEnd));
            k = at + state.Length;
            if (s.KeyAt(k) == ",") k++;
            if (s.KeyAt(k) == "and") k++;
        }
        return holders;
    }

    /// <summary>At "two" of "the two Foreign Ministers, Mr. A and Mr. B": see <see cref="NamesOfPairInView"/>.</summary>
    public static int? TryCountedPair(SentenceContext s, int i)
    {
        if (s.KeyAt(i) == "the") i++;
        if (s.KeyAt(i) is not ("two" or "2")) return null;
        var t = s.KeyAt(i + 1) is "foreign" or "prime" ? i + 2 : i + 1;
        if (t >= s.Tokens.Count || !s.Tokens[t].Text.EndsWith('s') || s.KeyAt(t + 1) != ",") return null;
        var prefix = t == i + 2 ? s.KeyAt(i + 1) + " " : "";
        if (!RoleWords.Titles.TryGetValue(prefix + s.KeyAt(t)[..^1], out var role) || role == RoleKind.Rank) return null;
        var title = (prefix.Length > 0 ? s.Tokens[i + 1].Text + " " : "") + s.Tokens[t].Text[..^1];
        return Add(s, role, title, NamesOfPairInView(s, t));
    }

    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal) { "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr." };

    /// <summary>"the two Foreign Ministers, Mr. Ali Alatas and Mr. Jaime Gama" after "the Governments of Indonesia and Portugal":
    /// two holders without states, counted "two", take the two sides in view in the order they were named (respectively). Null
    /// pairs (no "two", no pair of states or governments in view, one name, three names) give no holder.</summary>
    private static List<(DocActor State, int StateAt, int StateEnd, int NameAt, int NameEnd)> NamesOfPairInView(SentenceContext s, int i)
    {
        var none = new List<(DocActor State, int StateAt, int StateEnd, int NameAt, int NameEnd)>();
        var countAt = s.KeyAt(i - 1) == "foreign" || s.KeyAt(i - 1) == "prime" ? i - 2 : i - 1;
        if (s.KeyAt(countAt) is not ("two" or "2") || s.Discourse.LastPair is not { } pair) return none;
        if (pair.A.Kind is not (ActorKind.State or ActorKind.Government) || pair.B.Kind is not (ActorKind.State or ActorKind.Government)) return none;
        var names = new List<(int At, int End)>();
        var k = i + 2;
        while (names.Count < 3)
        {
            if (Courtesy.Contains(s.KeyAt(k))) k++;
            if (s.KeyAt(k) == ".") k++;
            if (k >= s.Tokens.Count || !s.Tokens[k].IsCapitalised) break;
            var nameEnd = Persons.NameEnd(s, k);
            if (nameEnd - k < 2) break;
            names.Add((k, nameEnd));
            k = nameEnd;
            if (names.Count == 1 && s.KeyAt(k) == "and") k++;
            else break;
        }
        if (names.Count != 2 || s.KeyAt(k) is "and" or "of") return none;
        return [(pair.A, -1, -1, names[0].At, names[0].End), (pair.B, -1, -1, names[1].At, names[1].End)];
    }

    private static int? Add(SentenceContext s, RoleKind role, string title, List<(DocActor State, int StateAt, int StateEnd, int NameAt, int NameEnd)> holders,
        bool former = false)
    {
        if (holders.Count < 2) return null;
        foreach (var h in holders)
        {
            var person = Persons.PersonNamed(s, s.Span(h.NameAt, h.NameEnd - 1), title);
            if (!former) s.Office(person, h.State, role, "plural-title", h.NameAt);
            person.Country ??= h.State.Country;
            if (h.StateAt >= 0) s.Add(h.State, h.StateAt, h.StateEnd, MentionRole.Actor, "plural-title");
            s.Add(person, h.NameAt, h.NameEnd - 1, MentionRole.Actor, "titled-person");
        }
        return Math.Max(holders[^1].NameEnd, holders[^1].StateEnd + 1);
    }
}
