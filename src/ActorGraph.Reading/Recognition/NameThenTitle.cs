using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"Massad Boulos, the senior US adviser for Africa,", "Antonio Guterres, the UN secretary-general": a name of
/// two words or more, then a comma and a title held in a known state or organisation, gives a person with that
/// office (news style puts the title after the name as often as before it); so does "NAME, leader of X".</summary>
internal static class NameThenTitle
{
    private static readonly FrozenSet<string> Qualifiers = PersonWords.TitleQualifiers;

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || s.Lexicon.Match(s.Tokens, i, s.Text) is not null) return null;
        var nameEnd = Persons.NameEnd(s, i);
        if (nameEnd - i >= 2 && SignedFor(s, i) is { } side && Signed(s, i, nameEnd, side) is { } signedEnd) return signedEnd;
        if (nameEnd - i < 2 || s.KeyAt(nameEnd) != ",") return null;
        var k = nameEnd + 1;
        if (s.KeyAt(k) is "the" or "a" or "an") k++;
        var former = false;
        while (Qualifiers.Contains(s.KeyAt(k))) { former |= s.KeyAt(k) is "former" || s.KeyAt(k) == "then" && !OfficeHeld.ThenHeld(s, k); k++; }
        // "NAME, then the Chairman of X": "then" before the article.
        if (s.KeyAt(k) is "the" or "a" or "an" && OfficeHeld.IsQualifier(s.KeyAt(k - 1))) k++;
        // "NAME, acting both as President of France and as President of the Council of the EU": the offices after "as".
        if (s.KeyAt(k - 1) == "acting" && s.KeyAt(k) is "both" or "as") k += s.KeyAt(k) == "both" && s.KeyAt(k + 1) == "as" ? 2 : s.KeyAt(k) == "as" ? 1 : 0;
        if (k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is null && RoleWords.MatchTitle(s.Tokens, k) is { } titleOf && Persons.OfficeBody(s, k + titleOf.Length) is not null)
            return TitleOf(s, i, nameEnd, k, titleOf, former);
        if (k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is null && RoleWords.MatchTitle(s.Tokens, k) is { } adviser && (AdviserTo(s, k + adviser.Length) ?? EnvoyOfHead(s, k, k + adviser.Length)) is { } served)
            return AdviserOf(s, i, nameEnd, k, adviser.Length, served, former);
        if (k < s.Tokens.Count && (AppositiveOffices.TryKnownBodyTitle(s, i, nameEnd, k, former) ?? AppositiveOffices.TryCountrysTitle(s, i, nameEnd, k, former)) is { } appositive)
            return appositive;
        if (k >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, k, s.Text) is not { } of || of.Entry.Actor.Kind is ActorKind.Territory)
            return Descriptions.TryAfterName(s, i, nameEnd);
        var titleAt = k + of.Length;
        // "NAME, Portugal's Secretary of State for Foreign Affairs": the state's possessive before the title.
        var possessive = s.KeyAt(titleAt) == "'s" && of.Entry.Form == EntryForm.Name && of.Entry.Actor.Kind is ActorKind.State or ActorKind.Organisation;
        if (possessive) titleAt++;
        while (Qualifiers.Contains(s.KeyAt(titleAt))) former |= possessive && s.KeyAt(titleAt++) == "former";
        if (RoleWords.MatchTitle(s.Tokens, titleAt) is not { } title) return Descriptions.TryAfterName(s, i, nameEnd);
        // "NAME, Switzerland's ambassador to Kenya": a posting is read with its host state by the description rules.
        if (possessive && s.KeyAt(titleAt + title.Length) == "to") return Descriptions.TryAfterName(s, i, nameEnd);

        var affiliation = s.Actors.FromTemplate(of.Entry.Actor, s.Where, "lexicon");
        var person = Persons.PersonNamed(s, s.Span(i, nameEnd - 1), s.Span(titleAt, titleAt + title.Length - 1));
        if (!former) s.Office(person, affiliation, title.Role == RoleKind.Rank ? RoleKind.MemberOf : title.Role, "name-then-title", titleAt);
        person.Country ??= affiliation.Country;
        person.Description ??= $"Named in the report as {s.Span(nameEnd + 1, titleAt + title.Length - 1)}.";
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "name-then-title");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>"to the Minister of Foreign Affairs of Norway", "to the President of Kenya": after a title, "to", a second
    /// title and "of", the first state or organisation the tables know within eight tokens after an "of"; else null.</summary>
    private static DocActor? AdviserTo(SentenceContext s, int at, string link = "to")
    {
        if (s.KeyAt(at) != link) return null;
        var k = s.KeyAt(at + 1) == "the" ? at + 2 : at + 1;
        if (k >= s.Tokens.Count || RoleWords.MatchTitle(s.Tokens, k) is not { Role: not RoleKind.Rank }) return null;
        for (var j = k + 1; j < Math.Min(s.Tokens.Count, k + 9); j++)
        {
            if (s.KeyAt(j) is "," or ";" or "." or "and") return null;
            if (s.KeyAt(j - 1) is not ("of" or "the") || s.Lexicon.Match(s.Tokens, j, s.Text) is not { Entry.Form: EntryForm.Name } known) continue;
            if (known.Entry.Actor.Kind is ActorKind.State or ActorKind.Organisation) return s.Actors.FromTemplate(known.Entry.Actor, s.Where, "lexicon");
        }
        return null;
    }

    /// <summary>"NAME, the Special Envoy for Haiti of the Secretary-General of the United Nations": an envoy (or representative)
    /// of an office holder, the place the envoy is for skipped (up to five words, no comma), serves the state or organisation of
    /// that office, read as <see cref="AdviserTo"/> reads it after "to". Only envoy titles; null otherwise.</summary>
    private static DocActor? EnvoyOfHead(SentenceContext s, int titleAt, int at)
    {
        if (!Enumerable.Range(titleAt, at - titleAt).Any(k => s.KeyAt(k) is "envoy" or "representative" or "emissary")) return null;
        var k = at;
        if (s.KeyAt(k) == "for")
            for (k++; k < Math.Min(s.Tokens.Count, at + 7) && s.KeyAt(k) != "of"; k++)
                if (s.KeyAt(k) is "," or ";" or ".") return null;
        if (s.KeyAt(k) != "of") return null;
        // AdviserTo reads "to" at its start: let it read "of" the same way.
        var served = AdviserTo(s, k, "of");
        return served;
    }

    /// <summary>"Erik Solheim, Special Adviser to the Minister of Foreign Affairs of Norway": a member of the state or body.</summary>
    private static int AdviserOf(SentenceContext s, int i, int nameEnd, int titleAt, int titleLength, DocActor served, bool former)
    {
        var person = Persons.PersonNamed(s, s.Span(i, nameEnd - 1), s.Span(titleAt, titleAt + titleLength - 1));
        if (!former) s.Office(person, served, RoleKind.MemberOf, "name-then-title", titleAt);
        person.Country ??= served.Country;
        person.Description ??= $"Named in the report as {s.Span(nameEnd + 1, titleAt + titleLength - 1)} to ...";
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "name-then-title");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>A signature line "For the State of X: NAME, President" or "For the Government of X: NAME": the state or
    /// body named between "For" and the colon just before the name.</summary>
    private static DocActor? SignedFor(SentenceContext s, int i) =>
        s.KeyAt(0) == "for" && i >= 3 && s.KeyAt(i - 1) == ":"
            ? s.Mentions.Where(m => m.First >= 1 && m.Last < i - 1).SelectMany(m => m.Actors).LastOrDefault(a => a.Kind is not (ActorKind.Person or ActorKind.Territory or ActorKind.Population))
            : null;

    /// <summary>The signatory acts for the side: with a title after a comma the title's role, with none a member of it.</summary>
    private static int? Signed(SentenceContext s, int i, int nameEnd, DocActor side)
    {
        var titled = s.KeyAt(nameEnd) == "," && nameEnd + 1 < s.Tokens.Count ? RoleWords.MatchTitle(s.Tokens, nameEnd + 1) : null;
        if (titled is null && nameEnd < s.Tokens.Count && s.KeyAt(nameEnd) is not ("." or ";")) return null;
        var title = titled is { } t ? s.Span(nameEnd + 1, nameEnd + t.Length) : null;
        var name = s.Span(i, nameEnd - 1);
        var person = title is null ? s.Actors.GetOrCreate(name, ActorKind.Person, null, s.Where, "signed-for") : Persons.PersonNamed(s, name, title);
        var role = titled is { Role: not RoleKind.Rank } r ? r.Role : RoleKind.MemberOf;
        s.Office(person, side, role, "signed-for", titled is null ? i : nameEnd + 1);
        person.Country ??= side.Country;
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "signed-for");
        s.Discourse.LastPerson = person;
        s.Discourse.SignedSides.Add((side, s.Where, s.Text.Trim()));
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
