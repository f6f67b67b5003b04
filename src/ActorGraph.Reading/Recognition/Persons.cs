using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>People introduced by a title: "U.S. President Joe Biden", "Prime Minister Anwar Ibrahim of
/// Malaysia", "AU High Representative Obasanjo", a title line under a signature ("Hun Manet" / "Prime
/// Minister of the Kingdom of Cambodia"), and appositives ("Hassan Rashad, head of ...").</summary>
internal static partial class Persons
{
    /// <summary>Nouns of bodies that a rank word may open without naming anyone: "the General Command of the URNG", "the General
    /// Assembly", "the General Staff": never the first word of a name after a rank.</summary>
    private static readonly HashSet<string> BodyNouns = new(StringComparer.Ordinal)
    {
        "command", "staff", "assembly", "secretariat", "directorate", "council", "headquarters", "confederation", "federation",
        "conference", "committee", "commission", "court", "administration", "union", "intelligence", "security", "election", "elections",
    };

    /// <summary>Reads a title at <paramref name="i"/>, the name after it and an "of X" after that.
    /// Returns the token after the phrase, or null when there is no title here.</summary>
    public static int? TryTitleFirst(SentenceContext s, int i, DocActor? affiliation, int affiliationStart)
    {
        if (RoleWords.MatchTitle(s.Tokens, i) is not { } title) return null;
        var afterTitle = i + title.Length;
        var former = s.KeyAt(affiliationStart - 1) == "former" || s.KeyAt(affiliationStart) == "former" || s.KeyAt(i - 1) == "former";

        if (affiliation is null && TryAppositive(s, i, title.Role, afterTitle) is { } appositive) return appositive;
        if (affiliation is null && title.Role != RoleKind.Rank && RepresentativeOf(s, i, title.Role, afterTitle) is { } represented) return represented;
        if (affiliation is null && title.Role != RoleKind.Rank && WhoseTitle(s, i, title.Role, afterTitle) is { } whose) return whose;
        // "former president Pierre Buyoya": a lower-case title after "former" with a name of two words or more after it.
        var formerTitle = s.KeyAt(i - 1) == "former" && title.Role != RoleKind.Rank && NameEnd(s, afterTitle) - afterTitle >= 2;
        if (affiliation is null && !s.Tokens[i].IsCapitalised && !formerTitle) return null;

        // "Qatar's Prime Minister Sheikh Mohammed ...": an honorific between the title and the name.
        var nameStart = afterTitle + (NameEnd(s, afterTitle) == afterTitle ? RankLength(s, afterTitle) : 0);
        var nameEnd = NameEnd(s, nameStart);
        if (nameEnd - nameStart < (nameStart > afterTitle ? 2 : 1)) (nameStart, nameEnd) = (afterTitle, afterTitle);
        if (title.Role == RoleKind.Rank && BodyNouns.Contains(s.KeyAt(nameStart))) (nameStart, nameEnd) = (afterTitle, afterTitle);
        DocActor? person = null;
        if (nameEnd > nameStart)
        {
            person = PersonNamed(s, s.Span(nameStart, nameEnd - 1), s.Span(i, afterTitle - 1));
        }
        else if (s.Discourse.PendingSignatureName is { } signature && i == 0)
        {
            person = PersonNamed(s, signature, s.Span(i, afterTitle - 1));
            s.Discourse.PendingSignatureName = null;
        }

        if (person is null && affiliation is not null && NameAfterComma(s, PastComplement(s, afterTitle)) is { } named)
        {
            // "A US National Security Council spokesman, John Kirby, said": the name follows the title.
            person = PersonNamed(s, s.Span(named.Start, named.End - 1), s.Span(i, afterTitle - 1));
            nameEnd = named.End;
            if (affiliationStart < i && s.Lexicon.Match(s.Tokens, affiliationStart, s.Text) is { Entry.Actor.Kind: ActorKind.State } state
                && s.Actors.FromTemplate(state.Entry.Actor, s.Where, "lexicon") is var home && home != affiliation && !former)
                s.Office(person, home, RoleKind.MemberOf, "title-then-name", afterTitle);
        }

        var end = nameEnd;
        var role = title.Role == RoleKind.MemberOf && HeadTitleJoinedBefore(s, i) ? RoleKind.Leads : title.Role;
        if (s.KeyAt(end) == "of")
        {
            var at = s.KeyAt(end + 1) == "the" ? end + 2 : end + 1;
            if (at < s.Tokens.Count && s.Lexicon.Match(s.Tokens, at, s.Text) is { Entry.Form: EntryForm.Name } of)
            {
                affiliation ??= s.Actors.FromTemplate(of.Entry.Actor, s.Where, "lexicon");
                end = at + of.Length;
                // "the President of the ECOWAS Commission, NAME": the body named after the organisation, when the report has it.
                if (person is null && TitleOfBody.BodyEnd(s, end) is var bodyEnd && bodyEnd > end)
                {
                    if (s.Actors.FindByName(s.Span(at, bodyEnd - 1)) is { } body) affiliation = body;
                    end = bodyEnd;
                }
            }
            else if (affiliation is null && person is not null && at == end + 1 && BareAcronyms.Body(s, at) is { } acronym)
            {
                // "President NAME of ZANU-PF": a party the report names only by its acronym.
                affiliation = acronym.Actor;
                end = acronym.End;
            }
            else if (affiliation is null && title.Role == RoleKind.Leads && s.Tokens[i].IsCapitalised && GoverningBodyOf(s, at) is { } via)
            {
                affiliation = s.Actors.FromTemplate(via.State.Entry.Actor, s.Where, "lexicon");
                end = via.End;
            }
            else if (affiliation is null && person is null && title.Role != RoleKind.Rank && s.Tokens[i].IsCapitalised && BodyOfKnown(s, end + 1) is { } inner)
            {
                // "the Chairperson of the Commission of the African Union (AU), Dr. NAME": the head of a body inside a known
                // organisation or state is a member of it.
                affiliation = inner.Actor;
                end = inner.End;
                if (role == RoleKind.Leads) role = RoleKind.MemberOf;
            }
        }
        if (person is null && affiliation is not null && s.Tokens[i].IsCapitalised && NameAfterComma(s, PastAcronym(s, end)) is { } holder)
        {
            // "the Secretary-General of ASEAN, Dato Lim Jock Hoi": the holder is named after the office. "the former President of
            // Mozambique, NAME": a past holder is the person all the same, with no tie to the office.
            person = PersonNamed(s, s.Span(holder.Start, holder.End - 1), s.Span(i, afterTitle - 1));
            if (!former) s.Office(person, affiliation, role, "title-of-then-name", holder.Start);
            if (!former) person.Country ??= affiliation.Country;
            person.Description ??= Describe(s.Span(i, afterTitle - 1), affiliation, former);
            // A past holder speaks for no state: "the former President of Mozambique, NAME" names Mozambique as no side.
            s.Add(affiliation, affiliationStart, end - 1, former ? MentionRole.Adjectival : MentionRole.Actor, "title-without-name");
            // A past holder's mention is no unplaced head: it must not lead the state its sentence names.
            s.Add(person, holder.Start, holder.End - 1, MentionRole.Actor, former ? "former-titled-person" : "titled-person");
            s.Discourse.LastPerson = person;
            return holder.End;
        }
        // "the former Secretary-General, NAME": a past holder named after the office.
        var theBefore = s.KeyAt(i - 1) == "the" || s.KeyAt(i - 1) is "former" or "elected" or "late" or "interim" or "acting" or "deposed" or "ousted" or "outgoing" or "incoming" && s.KeyAt(i - 2) == "the";
        if (person is null && affiliation is null && theBefore && s.Tokens[i].IsCapitalised && title.Role != RoleKind.Rank
            && NameAfterComma(s, PastComplement(s, afterTitle)) is { } holderAfter)
            return TheTitleThenName(s, i, afterTitle, title.Role, holderAfter);
        // "The President of the Commission, NAME,": a body the tables do not know between the office and its holder.
        if (person is null && affiliation is null && theBefore && s.Tokens[i].IsCapitalised && title.Role != RoleKind.Rank && s.KeyAt(afterTitle) == "of"
            && TitleOfBody.UnknownBodyEnd(s, afterTitle + 1) is { } unknownEnd && NameAfterComma(s, unknownEnd) is { } holderOfBody)
            return TheTitleThenName(s, i, afterTitle, title.Role, holderOfBody);
        if (person is null)
        {
            // "Egyptian general intelligence": a lower-case rank without a name is no title.
            if (affiliation is null || (title.Role == RoleKind.Rank && !s.Tokens[i].IsCapitalised)) return null;
            // "the Prime Minister of Malaysia", "Israeli Prime Minister": the office acts for its state.
            s.Add(affiliation, affiliationStart, end - 1, MentionRole.Actor, "title-without-name");
            return end;
        }
        if (affiliation is not null && !former) s.Office(person, affiliation, role, "title", afterTitle);
        if (affiliation?.Country is { } country) person.Country ??= country;
        person.Description ??= Describe(s.Span(i, afterTitle - 1), affiliation, former);
        s.Add(person, affiliationStart, end - 1, MentionRole.Actor, "titled-person");
        s.Discourse.LastPerson = person;
        // A signature block "NAME / Prime Minister, on behalf of the Government of X": the title is held in the side signed for.
        if (affiliation is null && !former && OnBehalfOf(s, end) is { } side)
        {
            s.Discourse.PendingOffice = (person, role == RoleKind.Rank ? RoleKind.MemberOf : role, side);
            return end + 1;
        }
        // "Senior General Min Aung Hlaing, Commander-in-Chief of the Myanmar Armed Forces": the office follows.
        if (affiliation is null && TitleAfterComma(s, person, end)) return end + 1;
        if (affiliation is null && s.KeyAt(end) == "," && Descriptions.TryAfterPerson(s, person, end) is { } described) return described;
        return end;
    }

    /// <summary>The token after ", on behalf of (the)" at <paramref name="end"/>, where the side's mention begins; else null.</summary>
    private static int? OnBehalfOf(SentenceContext s, int end)
    {
        var k = s.KeyAt(end) == "," ? end + 1 : end;
        if (s.KeyAt(k) != "on" || s.KeyAt(k + 1) != "behalf" || s.KeyAt(k + 2) != "of") return null;
        return s.KeyAt(k + 3) == "the" ? k + 4 : k + 3;
    }

    /// <summary>"Commission of the African Union": one to four capitalised words no table knows, "of" (and "the"), then a name
    /// the tables know: that actor and the token after it; null otherwise.</summary>
    private static (DocActor Actor, int End)? BodyOfKnown(SentenceContext s, int start)
    {
        var k = s.KeyAt(start) == "the" ? start + 1 : start;
        var first = k;
        while (k < s.Tokens.Count && k - first < 4 && s.Tokens[k] is { IsCapitalised: true, IsWord: true } && s.Lexicon.Match(s.Tokens, k, s.Text) is null
            && RoleWords.MatchTitle(s.Tokens, k) is null) k++;
        if (k == first || s.KeyAt(k) != "of") return null;
        var at = s.KeyAt(k + 1) == "the" ? k + 2 : k + 1;
        if (at >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, at, s.Text) is not { Entry.Form: EntryForm.Name } known) return null;
        return (s.Actors.FromTemplate(known.Entry.Actor, s.Where, "lexicon"), at + known.Length);
    }

    /// <summary>The token after a bracketed acronym at <paramref name="k"/> ("(AU)"), else <paramref name="k"/>.</summary>
    private static int PastAcronym(SentenceContext s, int k) =>
        s.KeyAt(k) == "(" && s.KeyAt(k + 2) == ")" && s.Tokens[k + 1].Text.All(c => char.IsUpper(c) || c == '-') ? k + 3 : k;

    /// <summary>"the government of Qatar and to the Emir, Sheikh Tamim ...": a capitalised title after "the", then a comma and
    /// a name, gives that person; a head's title ties them to a state named in the few words before "the".</summary>
    private static int TheTitleThenName(SentenceContext s, int i, int afterTitle, RoleKind role, (int Start, int End) holder)
    {
        var person = PersonNamed(s, s.Span(holder.Start, holder.End - 1), s.Span(i, afterTitle - 1));
        var near = s.Mentions.Where(m => m.Role == MentionRole.Actor && m.Last >= i - 7 && m.Last < i - 1).ToList();
        if (role == RoleKind.Leads && near.Count == 1 && near[0].Actors.Count == 1 && near[0].Actor.Kind is ActorKind.State or ActorKind.Government)
        {
            s.Office(person, near[0].Actor, role, "the-title-then-name", holder.Start);
            person.Country ??= near[0].Actor.Country;
        }
        person.Description ??= $"Named in the report with the title {s.Span(i, afterTitle - 1)}.";
        s.Add(person, holder.Start, holder.End - 1, MentionRole.Actor, "titled-person");
        s.Discourse.LastPerson = person;
        return holder.End;
    }

    /// <summary>"Special Representative for the Belgrade-Pristina Dialogue, NAME", "Commissioner for Peace and Security, NAME": the
    /// comma after a capitalised "for"/"on" complement of the title, or <paramref name="afterTitle"/> when there is none.</summary>
    private static int PastComplement(SentenceContext s, int afterTitle)
    {
        if (s.KeyAt(afterTitle) is not ("for" or "on")) return afterTitle;
        var k = afterTitle + 1;
        if (s.KeyAt(k) == "the") k++;
        var start = k;
        while (k < s.Tokens.Count && k - start < 8 && (s.Tokens[k] is { IsCapitalised: true, IsWord: true } || s.KeyAt(k) is "-" or "and" or "of" && k > start)) k++;
        return k > start && s.KeyAt(k) == "," && s.Tokens[k - 1].IsCapitalised ? k : afterTitle;
    }

    private static readonly string[][] GoverningBodies =
    [
        ["council", "of", "ministers"], ["council", "of", "state"], ["state", "council"], ["presidium", "of", "the", "supreme", "soviet"],
        ["cabinet"], ["government"], ["federal", "council"], ["executive", "council"], ["presidential", "council"],
    ];

    /// <summary>"the Chairman of the Council of Ministers of the USSR": a head of the body that governs a state named after
    /// it leads that state. Only governing bodies count ("the Chairman of the Joint Chiefs of Staff of X" does not lead X).</summary>
    private static ((LexiconEntry Entry, int Length) State, int End)? GoverningBodyOf(SentenceContext s, int at)
    {
        foreach (var body in GoverningBodies)
        {
            if (!s.Tokens[at].IsCapitalised || !body.Select((w, k) => s.KeyAt(at + k) == w).All(x => x)) continue;
            var of = at + body.Length;
            if (s.KeyAt(of) != "of") return null;
            var state = s.KeyAt(of + 1) == "the" ? of + 2 : of + 1;
            return state < s.Tokens.Count && s.Lexicon.Match(s.Tokens, state, s.Text) is { Entry.Form: EntryForm.Name, Entry.Actor.Kind: ActorKind.State } m
                ? (m, state + m.Length) : null;
        }
        return null;
    }

    private static string Describe(string title, DocActor? affiliation, bool former) =>
        affiliation is null ? $"Named in the report with the title {title}."
        : former ? $"Named in the report as a former {title} of {affiliation.Name}."
        : $"Named in the report as {title} of {affiliation.Name}.";
}
