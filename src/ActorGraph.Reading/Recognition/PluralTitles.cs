using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>One plural title for several holders, each after its state: "The Presidents of Argentina, NAME, of Bolivia, NAME,
/// and of Chile, NAME": each holder holds the singular title in the state named before them.</summary>
internal static class PluralTitles
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || !s.Tokens[i].Text.EndsWith('s') || s.KeyAt(i + 1) != "of") return null;
        var singular = s.KeyAt(i)[..^1];
        var prefix = s.KeyAt(i - 1) is "prime" or "foreign" ? s.KeyAt(i - 1) + " " : "";
        if (!RoleWords.Titles.TryGetValue(prefix + singular, out var role) || role == RoleKind.Rank) return null;
        var title = (prefix.Length > 0 ? s.Tokens[i - 1].Text + " " : "") + s.Tokens[i].Text[..^1];
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
        if (holders.Count < 2) return null;
        foreach (var h in holders)
        {
            var person = Persons.PersonNamed(s, s.Span(h.NameAt, h.NameEnd - 1), title);
            s.Office(person, h.State, role, "plural-title", h.NameAt);
            person.Country ??= h.State.Country;
            s.Add(h.State, h.StateAt, h.StateEnd, MentionRole.Actor, "plural-title");
            s.Add(person, h.NameAt, h.NameEnd - 1, MentionRole.Actor, "titled-person");
        }
        return holders[^1].NameEnd;
    }
}
