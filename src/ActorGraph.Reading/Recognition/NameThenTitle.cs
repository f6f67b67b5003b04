using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"Massad Boulos, the senior US adviser for Africa,", "Antonio Guterres, the UN secretary-general": a name of
/// two words or more, then a comma and a title held in a known state or organisation, gives a person with that
/// office (news style puts the title after the name as often as before it); so does "NAME, leader of X".</summary>
internal static class NameThenTitle
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal) { "senior", "top", "chief", "deputy", "acting", "new", "then", "former" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || s.Lexicon.Match(s.Tokens, i, s.Text) is not null) return null;
        var nameEnd = Persons.NameEnd(s, i);
        if (nameEnd - i < 2 || s.KeyAt(nameEnd) != ",") return null;
        var k = nameEnd + 1;
        if (s.KeyAt(k) is "the" or "a" or "an") k++;
        var former = false;
        while (Qualifiers.Contains(s.KeyAt(k))) { former |= s.KeyAt(k) is "former" or "then"; k++; }
        if (k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is null && RoleWords.MatchTitle(s.Tokens, k) is { } titleOf && Persons.OfficeBody(s, k + titleOf.Length) is not null)
            return TitleOf(s, i, nameEnd, k, titleOf, former);
        if (k >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, k, s.Text) is not { } of || of.Entry.Actor.Kind is ActorKind.Territory)
            return Descriptions.TryAfterName(s, i, nameEnd);
        var titleAt = k + of.Length;
        while (Qualifiers.Contains(s.KeyAt(titleAt))) titleAt++;
        if (RoleWords.MatchTitle(s.Tokens, titleAt) is not { } title) return Descriptions.TryAfterName(s, i, nameEnd);

        var affiliation = s.Actors.FromTemplate(of.Entry.Actor, s.Where, "lexicon");
        var person = Persons.PersonNamed(s, s.Span(i, nameEnd - 1), s.Span(titleAt, titleAt + title.Length - 1));
        if (!former) s.Office(person, affiliation, title.Role == RoleKind.Rank ? RoleKind.MemberOf : title.Role, "name-then-title", titleAt);
        person.Country ??= affiliation.Country;
        person.Description ??= $"Named in the report as {s.Span(nameEnd + 1, titleAt + title.Length - 1)}.";
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "name-then-title");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>"Riek Machar, leader of the SPLM-IO", "Ali Shamkhani, secretary of Iran's ...": the title comes first and
    /// the body after "of", which may be one the report defines in the same breath: the next mention there is the office.</summary>
    private static int TitleOf(SentenceContext s, int i, int nameEnd, int titleAt, (RoleKind Role, int Length) title, bool former)
    {
        var person = Persons.PersonNamed(s, s.Span(i, nameEnd - 1), s.Span(titleAt, titleAt + title.Length - 1));
        person.Description ??= $"Named in the report as {s.Span(nameEnd + 1, titleAt + title.Length)} ...";
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "name-then-title");
        s.Discourse.LastPerson = person;
        var at = Persons.OfficeBody(s, titleAt + title.Length) ?? titleAt + title.Length + 1;
        if (!former)
        {
            s.Discourse.PendingOffice = (person, title.Role == RoleKind.Rank ? RoleKind.MemberOf : title.Role, at);
            Persons.MoreOffices(s, person, at);
        }
        return at;
    }
}
