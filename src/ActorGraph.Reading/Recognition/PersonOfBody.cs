using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A person named with a party or group and no title: "handed over to NAME of FRODEBU" (a member of the body) and
/// "the FNL of NAME" (the person who leads it). The name has two capitalised words or more that no table knows; the body is
/// an organisation or armed group the report or the tables already know, never a state ("NAME of Kenya" is left alone).</summary>
internal static class PersonOfBody
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (i >= s.Tokens.Count || !s.Tokens[i].IsCapitalised || s.KeyAt(i - 1) == "the" || s.Lexicon.Match(s.Tokens, i, s.Text) is not null) return null;
        if (MentionFinder.MatchDocPhrase(s, i).Actor is not null) return null;
        var nameEnd = Persons.NameEnd(s, i);
        if (nameEnd - i < 2 || s.KeyAt(nameEnd) != "of" || Body(s, nameEnd + 1) is not { } body) return null;
        var person = Named(s, i, nameEnd);
        person.Description ??= $"Named in the report as {s.Span(i, body.End - 1)}.";
        s.Office(person, body.Actor, RoleKind.MemberOf, "person-of-body", nameEnd + 1);
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "person-of-body");
        s.Add(body.Actor, nameEnd + 1, body.End - 1, MentionRole.Actor, "known-name");
        s.Discourse.LastPerson = person;
        return body.End;
    }

    /// <summary>"the FNL of NAME": called at a known body's mention ending before <paramref name="of"/>; the leader, or null.</summary>
    public static int? LeaderAfter(SentenceContext s, DocActor body, int of)
    {
        if (s.KeyAt(of) != "of" || body.Kind is not (ActorKind.ArmedGroup or ActorKind.Organisation) || of + 1 >= s.Tokens.Count) return null;
        var start = of + 1;
        if (!s.Tokens[start].IsCapitalised || s.Lexicon.Match(s.Tokens, start, s.Text) is not null || MentionFinder.MatchDocPhrase(s, start).Actor is not null) return null;
        var nameEnd = Persons.NameEnd(s, start);
        if (nameEnd - start < 2 || nameEnd < s.Tokens.Count && s.Tokens[nameEnd].IsCapitalised) return null;
        var person = Named(s, start, nameEnd);
        person.Description ??= $"Named in the report as {s.Span(of - 1, nameEnd - 1)}'s leader.";
        s.Office(person, body, RoleKind.Leads, "body-of-person", start);
        s.Add(person, start, nameEnd - 1, MentionRole.Actor, "person-of-body");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    private static DocActor Named(SentenceContext s, int start, int end)
    {
        var person = s.Actors.GetOrCreate(s.Span(start, end - 1), ActorKind.Person, null, s.Where, "person-of-body");
        if (s.Tokens[end - 1].Text.Length >= 3) s.Actors.AddAlias(person, s.Tokens[end - 1].Text);
        return person;
    }

    private static (DocActor Actor, int End)? Body(SentenceContext s, int at)
    {
        if (at >= s.Tokens.Count || !s.Tokens[at].IsCapitalised) return null;
        var (doc, length) = MentionFinder.MatchDocPhrase(s, at);
        if (doc is not null) return doc.Kind is ActorKind.ArmedGroup or ActorKind.Organisation ? (doc, at + length) : null;
        if (s.Lexicon.Match(s.Tokens, at, s.Text) is not { Entry.Form: EntryForm.Name } known || known.Entry.Actor.Kind is not (ActorKind.ArmedGroup or ActorKind.Organisation)) return null;
        return (s.Actors.FromTemplate(known.Entry.Actor, s.Where, "lexicon"), at + known.Length);
    }
}
