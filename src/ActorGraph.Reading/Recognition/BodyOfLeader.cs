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
        if (s.KeyAt(i) != "of" || !KindNouns.Contains(s.KeyAt(i - 1))) return null;
        var body = DemonymBody(s, i - 2) ?? s.Mentions.LastOrDefault(m => m.Last == i - 2);
        if (body is not { Role: MentionRole.Actor, Actors.Count: 1 }
            || body.Actor.Kind is ActorKind.Person or ActorKind.State or ActorKind.Government or ActorKind.Territory or ActorKind.Population) return null;
        var start = i + 1;
        if (start >= s.Tokens.Count || !s.Tokens[start].IsCapitalised || RoleWords.MatchTitle(s.Tokens, start) is not null) return null;
        var nameEnd = Persons.NameEnd(s, start);
        if (nameEnd - start < 2) return null;
        // A known name after "of" ("the militia of the Sudan Liberation Army") is no person.
        if (s.Lexicon.Match(s.Tokens, start, s.Text) is not null) return null;
        var person = Persons.PersonNamed(s, s.Span(start, nameEnd - 1), "");
        s.Office(person, body.Actor, RoleKind.Leads, "body-of-leader", start);
        person.Description ??= $"Named in the report as leading {body.Actor.Name}.";
        s.Add(person, start, nameEnd - 1, MentionRole.Actor, "body-of-leader");
        s.Discourse.LastPerson = person;
        return nameEnd;
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
