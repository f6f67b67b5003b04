using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A list of names followed by one plural title in apposition: "Tony Blair and Bertie Ahern, the two prime ministers,
/// urged ...", "A of X and B of Y, the foreign ministers, met ...". Each person holds the singular title: in the state named
/// with them, else (no state named with any of them) in the states of the list named last before, paired in order when it
/// has as many states as the list has names; with neither, the persons are read with their title and no office.</summary>
internal static class NamesThenPluralTitle
{
    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal) { "two", "three", "four", "five", "both", "2", "3", "4", "5" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (i >= s.Tokens.Count || !s.Tokens[i].IsCapitalised || i > 0 && s.Tokens[i - 1].IsCapitalised && s.Tokens[i - 1].IsWord) return null;
        var holders = new List<(int NameAt, int NameEnd, DocActor? State, int StateAt, int StateEnd)>();
        var k = i;
        while (k < s.Tokens.Count && s.Tokens[k].IsCapitalised && holders.Count < 6)
        {
            var nameEnd = Persons.NameEnd(s, k);
            if (nameEnd - k < 2) return null;
            DocActor? state = null;
            int stateAt = -1, stateEnd = -1;
            if (s.KeyAt(nameEnd) == "of")
            {
                var at = s.KeyAt(nameEnd + 1) == "the" ? nameEnd + 2 : nameEnd + 1;
                if (at >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, at, s.Text) is not { Entry.Actor.Kind: ActorKind.State } match) return null;
                state = s.Actors.FromTemplate(match.Entry.Actor, s.Where, "lexicon");
                (stateAt, stateEnd) = (at, at + match.Length - 1);
            }
            holders.Add((k, nameEnd, state, stateAt, stateEnd));
            k = state is null ? nameEnd : stateEnd + 1;
            if (s.KeyAt(k) == "," && s.KeyAt(k + 1) == "the") break;
            if (s.KeyAt(k) == ",") k++;
            if (s.KeyAt(k) == "and") k++;
            else if (s.KeyAt(k - 1) != ",") return null;
        }
        if (holders.Count < 2 || s.KeyAt(k) != "," || s.KeyAt(k + 1) != "the") return null;
        var t = k + 2;
        if (Counts.Contains(s.KeyAt(t))) t++;
        var prefix = s.KeyAt(t) is "prime" or "foreign" ? s.KeyAt(t++) + " " : "";
        if (t >= s.Tokens.Count || !s.Tokens[t].Text.EndsWith('s') || s.KeyAt(t + 1) != ",") return null;
        if (!RoleWords.Titles.TryGetValue(prefix + s.KeyAt(t)[..^1], out var role) || role == RoleKind.Rank) return null;
        var title = (prefix.Length > 0 ? s.Tokens[t - 1].Text + " " : "") + s.Tokens[t].Text[..^1];
        var named = holders.Count(h => h.State is not null);
        if (named != 0 && named != holders.Count) return null;
        IReadOnlyList<DocActor>? inView = named == 0 && s.Discourse.StateLists.LastOrDefault() is { } list && list.Count == holders.Count ? list : null;
        var persons = holders.Select(h => Persons.PersonNamed(s, s.Span(h.NameAt, h.NameEnd - 1), title)).ToList();
        // A person the tables place in another country than the state paired in order: the order is not the pairing.
        if (inView is not null && Enumerable.Range(0, persons.Count).Any(h => persons[h].Country is { } c && c != inView[h].Country)) inView = null;
        for (var h = 0; h < holders.Count; h++)
        {
            var (nameAt, nameEnd, state, stateAt, stateEnd) = holders[h];
            var person = persons[h];
            var office = state ?? inView?[h];
            if (office is not null)
            {
                s.Office(person, office, role, "plural-title-after", nameAt);
                person.Country ??= office.Country;
            }
            if (state is not null) s.Add(state, stateAt, stateEnd, MentionRole.Actor, "plural-title-after");
        }
        // The persons are read with their offices but are no mentions of this sentence, so no verb after the apposition takes
        // them as its subject: read as subjects, "A and B, the two prime ministers, urged both parties" gave them a pair "both
        // parties" resolved to from an earlier paragraph (own report 60's relation precision fell 65 -> 57 %).
        return t + 2;
    }
}
