using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A person whose title after the name is held for two bodies at once: "Djibril Bassolé, the joint AU-UN chief
/// mediator", "NAME, the UN and AU special envoy". A name of two to four capitalised words the tables do not know, a comma,
/// "the", optional qualifiers, two known bodies or states joined by a hyphen or "and", optional qualifiers and a lower-case
/// title. The person holds the office in the first body (round 23). One mention spans the name to the title, so that a
/// mediator's title reads as the person and the body mediating (as "the ECOWAS mediator, General X").</summary>
internal static class JointTitlePersons
{
    private static readonly FrozenSet<string> Qualifiers = PersonWords.JointQualifiers;

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || s.Lexicon.Match(s.Tokens, i, s.Text) is not null) return null;
        var nameEnd = Persons.NameEnd(s, i);
        if (nameEnd - i < 2 || s.KeyAt(nameEnd) != "," || s.KeyAt(nameEnd + 1) != "the") return null;
        if (Enumerable.Range(i, nameEnd - i).Any(x => s.Lexicon.Match(s.Tokens, x, s.Text) is not null)) return null;
        var k = nameEnd + 2;
        while (Qualifiers.Contains(s.KeyAt(k))) k++;
        if (Body(s, k) is not { } first) return null;
        k += first.Length;
        if (s.KeyAt(k) is not ("-" or "and" or "/")) return null;
        if (Body(s, k + 1) is not { } second || second.Actor == first.Actor) return null;
        k += 1 + second.Length;
        while (Qualifiers.Contains(s.KeyAt(k))) k++;
        if (k >= s.Tokens.Count || s.Tokens[k].IsCapitalised || RoleWords.MatchTitle(s.Tokens, k) is not { Role: not RoleKind.Rank } title) return null;
        var titleEnd = k + title.Length - 1;
        var person = Persons.PersonNamed(s, s.Span(i, nameEnd - 1), s.Span(nameEnd + 2, titleEnd));
        s.Office(person, first.Actor, RoleKind.MemberOf, "joint-title", nameEnd + 2);
        person.Description ??= $"Named in the report as {s.Span(nameEnd + 1, titleEnd)}.";
        s.Add(person, i, titleEnd, MentionRole.Actor, "joint-title");
        s.Discourse.LastPerson = person;
        return titleEnd + 1;
    }

    private static (DocActor Actor, int Length)? Body(SentenceContext s, int k)
    {
        if (k >= s.Tokens.Count || !s.Tokens[k].IsCapitalised) return null;
        if (s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry.Actor.Kind: ActorKind.Organisation or ActorKind.State } known)
            return (s.Actors.FromTemplate(known.Entry.Actor, s.Where, "lexicon"), known.Length);
        return MentionFinder.MatchDocPhrase(s, k) is { Actor: { Kind: ActorKind.Organisation or ActorKind.State } doc, Length: var length } ? (doc, length) : null;
    }
}
