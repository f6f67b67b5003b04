using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"the Lebanese Forces militia of Samir Geagea", "the Patriotic Front faction of Amos Katende": a named body, its
/// kind's noun, then "of" and a person's name (two words at least): the person leads the body. A state is no such body ("the
/// army of President X" is left to the titles), nor is a person; a bare noun with no body named before it gives nothing.</summary>
internal static class BodyOfLeader
{
    /// <summary>Nouns of a body's kind that may stand between its name and "of NAME".</summary>
    private static readonly HashSet<string> KindNouns = new(StringComparer.Ordinal)
    {
        "militia", "faction", "party", "movement", "group", "wing", "rebels", "fighters",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "of") return null;
        var body = KindNouns.Contains(s.KeyAt(i - 1)) ? DemonymBody(s, i - 2) ?? s.Mentions.LastOrDefault(m => m.Last == i - 2) : null;
        // "The Kurdistan Democratic Party of Masoud Barzani", "the KPNLF of the former prime minister Son Sann": the body's own
        // name (and its bracketed acronym) ends right before "of".
        body ??= NamedBody(s, i);
        if (body is not { Role: MentionRole.Actor, Actors.Count: 1 }
            || body.Actor.Kind is ActorKind.Person or ActorKind.State or ActorKind.Government or ActorKind.Territory or ActorKind.Population) return null;
        var start = i + 1;
        var title = "";
        // "of Prince Norodom Sihanouk", "of the former prime minister Son Sann": an honorific or a title before the name.
        if (body.Last < i - 1 || !KindNouns.Contains(s.KeyAt(i - 1)))
        {
            var at = start;
            if (s.KeyAt(at) == "the") at++;
            if (s.KeyAt(at) is "former" or "late") at++;
            if (RoleWords.MatchTitle(s.Tokens, at) is { Role: not RoleKind.Rank } held && (at > start || s.Tokens[at].IsCapitalised))
                (title, start) = (s.Span(at, at + held.Length - 1), at + held.Length);
            else if (at == start && s.KeyAt(at) is "prince" or "princess" or "sheikh" or "king" or "emir" && s.Tokens[at].IsCapitalised)
                start = at + 1;
            else if (at != start) return null;
        }
        if (start >= s.Tokens.Count || !s.Tokens[start].IsCapitalised || RoleWords.MatchTitle(s.Tokens, start) is not null) return null;
        var nameEnd = Persons.NameEnd(s, start);
        if (nameEnd - start < 2) return null;
        // A known name after "of" ("the militia of the Sudan Liberation Army") is no person.
        if (s.Lexicon.Match(s.Tokens, start, s.Text) is not null) return null;
        if (title.Length == 0 && (!PersonNames.IsName(s, start, nameEnd) || Enumerable.Range(start, nameEnd - start).Any(k => PersonNames.IsNever(s.KeyAt(k))))) return null;
        // "the International Organisation of La Francophonie": a word the tables know inside the name makes it no person's.
        if (Enumerable.Range(start + 1, nameEnd - start - 1).Any(k => s.Lexicon.Match(s.Tokens, k, s.Text) is not null)) return null;
        var person = Persons.PersonNamed(s, s.Span(start, nameEnd - 1), title);
        s.Office(person, body.Actor, RoleKind.Leads, "body-of-leader", start);
        person.Description ??= $"Named in the report as leading {body.Actor.Name}.";
        s.Add(person, start, nameEnd - 1, MentionRole.Actor, "body-of-leader");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>An organisation or armed group whose name ends right before "of" at <paramref name="of"/>, or before its
    /// bracketed acronym ("the Khmer People's National Liberation Front (KPNLF) of"); null when none.</summary>
    private static Mention? NamedBody(SentenceContext s, int of)
    {
        var last = s.KeyAt(of - 1) == ")" && s.KeyAt(of - 3) == "(" ? of - 4 : of - 1;
        return s.Mentions.LastOrDefault(m => m.Last >= last && m.Last < of) is { Role: MentionRole.Actor, Actors.Count: 1 } m
            && m.Actor.Kind is ActorKind.Organisation or ActorKind.ArmedGroup && m.Rule != "described-body" ? m : null;
    }

    /// <summary>"the Lebanese Forces militia": a state's demonym and a capitalised armed head before the kind's noun name an
    /// armed group the tables do not know (the demonym alone was read as the state's adjective).</summary>
    private static Mention? DemonymBody(SentenceContext s, int head)
    {
        if (head < 1 || !s.Tokens[head].IsCapitalised || s.KeyAt(head) is not ("forces" or "front" or "army" or "brigades")) return null;
        // The demonym alone ("Lebanese") or the demonym with the head read as the state's forces ("Lebanese Forces").
        if (s.Mentions.LastOrDefault(m => m.First == head - 1 && m.Last >= head - 1 && m.Last <= head) is not { Actors.Count: 1 } demonym
            || demonym.Actor.Kind != ActorKind.State || !s.Tokens[head - 1].IsCapitalised) return null;
        var body = s.Actors.GetOrCreate(s.Span(head - 1, head), ActorKind.ArmedGroup, null, s.Where, "body-of-leader");
        body.Country ??= demonym.Actor.Country;
        s.Mentions.Remove(demonym);
        return s.Add(body, head - 1, head, MentionRole.Actor, "body-of-leader");
    }
}
