using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>Persons whose office is given in an appositive with no capitalised title before the name:
/// "Ian Paisley, the DUP leader," (a body the report named before, then a lower-case title), "Melchior Ndadaye, the
/// country's first elected president," (the one state the sentence named before), and the title first, then a comma and
/// the name: "their chief negotiator, Mohammed Abdulsalam", "Qatar's Minister of State for Foreign Affairs, Mohammed
/// Al-Khulaifi".</summary>
internal static class AppositiveOffices
{
    /// <summary>Words allowed between "the country's" and the title ("first elected Hutu president").</summary>
    private const int MaxQualifiers = 3;

    /// <summary>"NAME, the BODY leader": <paramref name="k"/> is after "the"; the body is one the report named before
    /// (not a person, place or population). Returns the token after the name, or null.</summary>
    public static int? TryKnownBodyTitle(SentenceContext s, int i, int nameEnd, int k, bool former)
    {
        if (MentionFinder.MatchDocPhrase(s, k) is not { Actor: { Kind: not (ActorKind.Person or ActorKind.Territory or ActorKind.Population) } body, Length: var length }
            || RoleWords.MatchTitle(s.Tokens, k + length) is not { Role: not RoleKind.Rank } title
            || s.Tokens[k + length].IsCapitalised)
            return null;
        return Named(s, i, nameEnd, body, title.Role, s.Span(k, k + length + title.Length - 1), former);
    }

    /// <summary>"NAME, the country's first elected president": the state is the one state the sentence named before the
    /// name; with none or several, nothing.</summary>
    public static int? TryCountrysTitle(SentenceContext s, int i, int nameEnd, int k, bool former)
    {
        if (s.KeyAt(k) != "country" || s.KeyAt(k + 1) != "'s" || s.KeyAt(k - 1) != "the") return null;
        var states = s.Mentions.Where(m => m.Last < i).SelectMany(m => m.Actors).Where(a => a.Kind == ActorKind.State).Distinct().ToList();
        if (states.Count != 1) return null;
        for (var t = k + 2; t <= k + 2 + MaxQualifiers && t < s.Tokens.Count; t++)
        {
            if (!s.Tokens[t].IsWord) return null;
            if (RoleWords.MatchTitle(s.Tokens, t) is { Role: not RoleKind.Rank } title && !s.Tokens[t].IsCapitalised)
                return Named(s, i, nameEnd, states[0], title.Role, s.Span(k - 1, t + title.Length - 1), former || s.KeyAt(k + 2) is "former" or "late");
        }
        return null;
    }

    /// <summary>"their chief negotiator, NAME", "Qatar's Minister of State for Foreign Affairs, NAME": a title after a
    /// possessive (a known actor's "'s", or "its"/"their" for the last group or state of the sentence), a comma and a
    /// name of two words or more that the tables do not know. Returns the token after the name, or null.</summary>
    public static int? TryTitleThenName(SentenceContext s, int i)
    {
        // The cheap check first: this runs at every token.
        if (!Possessed(s, i) || RoleWords.MatchTitle(s.Tokens, i) is not { Role: not RoleKind.Rank } title) return null;
        var body = Holder(s, i);
        // "with its Secretary-General Amr Moussa": the name right after the title, no comma.
        if (NameRightAfter(s, i + title.Length) is { } directEnd)
            return Holds(s, i, i + title.Length, directEnd, body);
        var comma = i + title.Length;
        // "Minister of State for Foreign Affairs": the rest of a capitalised title up to the comma.
        for (var n = 0; n < 6 && s.KeyAt(comma) != ","; n++)
        {
            if (!(s.Tokens.Count > comma && (s.Tokens[comma].IsCapitalised && s.Tokens[comma].IsWord || s.KeyAt(comma) is "of" or "for" or "and"))) return null;
            comma++;
        }
        if (s.KeyAt(comma) != "," || comma + 1 >= s.Tokens.Count || !s.Tokens[comma + 1].IsCapitalised || s.Lexicon.Match(s.Tokens, comma + 1, s.Text) is not null
            || MentionFinder.MatchDocPhrase(s, comma + 1).Actor is { Kind: not ActorKind.Person })
            return null;
        var nameEnd = Persons.NameEnd(s, comma + 1);
        if (nameEnd - comma - 1 < 2 || s.KeyAt(nameEnd) is not ("," or "." or ";" or ")") && nameEnd < s.Tokens.Count && s.Tokens[nameEnd].IsCapitalised) return null;
        return Holds(s, i, comma + 1, nameEnd, body);
    }

    /// <summary>The person named from <paramref name="nameStart"/> to <paramref name="nameEnd"/> (exclusive) holds the title
    /// written from <paramref name="i"/> up to the name (a comma left out) in <paramref name="body"/>, if known.</summary>
    private static int Holds(SentenceContext s, int i, int nameStart, int nameEnd, DocActor? body)
    {
        var titleEnd = s.KeyAt(nameStart - 1) == "," ? nameStart - 2 : nameStart - 1;
        var role = RoleWords.MatchTitle(s.Tokens, i)!.Value.Role;
        var person = Persons.PersonNamed(s, s.Span(nameStart, nameEnd - 1), s.Span(i, titleEnd));
        if (body is not null)
        {
            s.Office(person, body, role, "title-comma-name", i);
            person.Country ??= body.Country;
        }
        person.Description ??= $"Named in the report as {s.Span(i, titleEnd)}{(body is null ? "" : " of " + body.Name)}.";
        s.Add(person, nameStart, nameEnd - 1, MentionRole.Actor, "title-comma-name");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>A name of two words or more right at <paramref name="at"/> (capitalised, not a known actor other than a person),
    /// ended by punctuation or a lower-case word; returns its end (exclusive), or null.</summary>
    private static int? NameRightAfter(SentenceContext s, int at)
    {
        if (at >= s.Tokens.Count || !s.Tokens[at].IsCapitalised || !s.Tokens[at].IsWord || s.Lexicon.Match(s.Tokens, at, s.Text) is not null
            || MentionFinder.MatchDocPhrase(s, at).Actor is { Kind: not ActorKind.Person } || RoleWords.MatchTitle(s.Tokens, at) is not null)
            return null;
        var end = Persons.NameEnd(s, at);
        if (end - at < 2 || end < s.Tokens.Count && s.Tokens[end].IsCapitalised && s.Tokens[end].IsWord) return null;
        return end;
    }

    /// <summary>Whether the title follows "its", "their" or a known actor's "'s".</summary>
    private static bool Possessed(SentenceContext s, int i) =>
        s.KeyAt(i - 1) is "its" or "their" || s.KeyAt(i - 1) == "'s" && s.Mentions.Any(m => m.Last == i - 2);

    /// <summary>Whose title it is: the known actor just before "'s", or for "its"/"their" a group, body or state the
    /// sentence named at most four tokens before; else no one (the person is still read).</summary>
    private static DocActor? Holder(SentenceContext s, int i)
    {
        var start = i;
        if (s.KeyAt(start - 1) is "its" or "their")
        {
            var near = s.Mentions.LastOrDefault(m => m.Last < start - 1 && m.Last >= start - 6 && m.Actors.Count == 1 && m.Actor.Kind is not (ActorKind.Person or ActorKind.Territory or ActorKind.Population));
            // "The Arab League sent a committee chaired by NAME, with its Secretary-General NAME": farther back, the one
            // state or body the sentence named before.
            var bodies = near is null ? s.Mentions.Where(m => m.Last < start - 1 && m.Actors.Count == 1 && m.Actor.Kind is ActorKind.State or ActorKind.Organisation).Select(m => m.Actor).Distinct().ToList() : [];
            // "... calling itself the Renamo Military Junta rejected the accord. Its leader, NAME, ...": a sentence that opens with
            // "Its" and names no body before the title speaks of the group the report named last.
            if (near is null && bodies.Count == 0 && start - 1 == 0 && s.KeyAt(start - 1) == "its" && s.Discourse.LastGroup is { Kind: ActorKind.ArmedGroup or ActorKind.Organisation } last)
                return Acting(last);
            return Acting(near?.Actor ?? (bodies.Count == 1 ? bodies[0] : null));
        }
        if (s.KeyAt(start - 1) != "'s") return null;
        return s.Mentions.LastOrDefault(m => m.Last == start - 2 && m.Actors.Count == 1) is { Actor.Kind: not (ActorKind.Person or ActorKind.Territory or ActorKind.Population) } owner ? Acting(owner.Actor) : null;
    }

    /// <summary>A delegation's people hold their office in the side it acts for.</summary>
    private static DocActor? Acting(DocActor? body) => body?.GroupFor ?? body;

    private static int Named(SentenceContext s, int i, int nameEnd, DocActor body, RoleKind role, string written, bool former)
    {
        var name = s.Span(i, nameEnd - 1);
        var person = s.Actors.GetOrCreate(name, ActorKind.Person, null, s.Where, "appositive-office");
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [_, .., var surname] && surname.Length >= 3) s.Actors.AddAlias(person, surname);
        if (!former) s.Office(person, body, role, "appositive-office", i);
        person.Country ??= body.Country;
        person.Description ??= $"Named in the report as {written}.";
        s.Add(person, i, nameEnd - 1, MentionRole.Actor, "appositive-office");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }
}
