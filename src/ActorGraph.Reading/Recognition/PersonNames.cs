using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A person named with no title right before the name: two to five capitalised words (with particles such as
/// "al-", "bin", "de", a capitalised "Al" inside an Arabic name, hyphenated and accented words) that either open with a
/// given name of <see cref="GivenNames"/> ("Joaquim Chissano") or stand in a context that only a person's name fits:
/// after a title or a person's noun and a comma ("the elected President, Marc Ravalomanana"), after a lower-case person's
/// noun ("the Algerian diplomat Lakhdar Brahimi"), before a comma and a title or an office ("Andry Rajoelina, the former
/// mayor of Antananarivo"), or after a courtesy title ("Mr Rajoelina", one word enough). After a plural title ("the two
/// former Presidents, A B and C D") every name of the list is read; ", known as X" gives an alias. A phrase with a word of
/// the tables (a state, an organisation, a place), a body's noun, a month or a function word is never a name, and neither
/// is one that runs on into another capitalised word. Later mentions by surname reach the person through its alias.</summary>
internal static class PersonNames
{
    /// <summary>Particles inside a name: lower case anywhere after the first word ("Pérez de Cuéllar", "al-Burhan").</summary>
    private static readonly FrozenSet<string> Particles = NameParticles.All;

    /// <summary>Particles that are written capitalised inside Arabic names ("Nawaf al-Ahmad al-Jaber Al Sabah", "Al-Mohammad").</summary>
    private static readonly FrozenSet<string> CapitalParticles = NameParticles.Arabic;

    /// <summary>Words that are never part of a person's name: function words that open sentences, months and days,
    /// compass words, and the head nouns of bodies, places and texts.</summary>
    private static readonly HashSet<string> Never = new(
    [
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "by", "for", "with", "from", "after", "before", "during", "under",
        "since", "as", "but", "when", "while", "this", "that", "these", "those", "its", "his", "her", "their", "our", "we", "it", "he",
        "she", "they", "there", "here", "then", "also", "if", "although", "however", "yet", "both", "all", "each", "every", "no", "not",
        "said", "says", "question", "answer", "background", "note", "notes", "summary", "update", "source", "sources",
        .. CalendarWords.Months, .. CalendarWords.Weekdays, "gmt", "utc",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
        "party", "parties", "front", "army", "forces", "force", "union", "council", "committee", "commission", "assembly", "league",
        "movement", "alliance", "coalition", "court", "tribunal", "parliament", "congress", "government", "ministry", "office",
        "mission", "team", "authority", "administration", "republic", "kingdom", "state", "states", "church", "brigade", "brigades",
        "battalion", "militia", "police", "guard", "group", "foundation", "institute", "university", "centre", "center", "bank",
        "company", "corporation", "agency", "fund", "programme", "program", "organisation", "organization", "association",
        "conference", "summit", "forum", "talks", "process", "plan", "initiative", "agreement", "agreements", "accord", "accords",
        "treaty", "protocol", "declaration", "charter", "convention", "memorandum", "resolution", "act", "constitution",
        "city", "province", "region", "district", "county", "valley", "river", "island", "islands", "mountains", "street", "square",
        "palace", "house", "hall", "hotel", "airport", "bridge", "news", "times", "post", "radio", "television", "agency",
        "communist", "socialist", "democratic", "liberal", "national", "united", "islamic", "revolutionary", "popular", "federal",
        "supreme", "joint", "international", "transitional", "provisional", "interim", "peace", "security", "human", "rights",
        "professor", "foreign", "defence", "defense", "interior", "prime", "vice", "deputy", "acting", "special", "senior", "former",
    ], StringComparer.Ordinal);

    /// <summary>Whether the word never names a person (a function word, a month, a body's or a place's noun).</summary>
    internal static bool IsNever(string key) => Never.Contains(key);

    /// <summary>Lower-case nouns for people that may stand right before a name ("the Algerian diplomat Lakhdar Brahimi").</summary>
    private static readonly FrozenSet<string> PersonNouns = PersonWords.BeforeName;

    /// <summary>Offices that <see cref="RoleWords.Titles"/> lacks but that name a person after "NAME, the former ...".</summary>
    private static readonly FrozenSet<string> Offices = PersonWords.AfterName;

    /// <summary>Plural nouns of people after which a comma opens a list of their names ("the two former Presidents, A and B").</summary>
    private static readonly FrozenSet<string> PluralTitles = PersonWords.PluralTitles;

    public static int? TryResolve(SentenceContext s, int i)
    {
        var t = s.Tokens[i];
        if (!t.IsCapitalised || !t.IsWord) return null;
        if (TitleOfBody.IsCourtesy(s, i)) return AfterCourtesy(s, i);
        if (!Opens(s, i)) return null;
        var end = NameEnd(s, i);
        if (!IsName(s, i, end)) return null;
        var titled = TitledBefore(s, i);
        var described = titled is null ? DescribedAfter(s, end) : null;
        if (!(GivenNames.Contains(t.Text) || titled is not null || NounBefore(s, i) || described is not null || ListedPersons.Beside(s, i, end)
            || FollowersAfter(s, end))) return null;
        // "the leaders of the two factions of the MDC, A and B, signed", "the leader of the X Movement, NAME, signed": a name in
        // apposition to a body's office speaks for the body, which stays the side of the sentence; it is no argument of its own.
        var role = titled is { Body: not null, Former: false } ? MentionRole.Speaker : MentionRole.Actor;
        // "invited Saddam Hussein's army": the army is what the verb takes, not its leader.
        if (role == MentionRole.Actor && FollowersAfter(s, end) && !(GivenNames.Contains(t.Text) || titled is not null || described is not null))
            role = MentionRole.Adjectival;
        var person = Person(s, i, end, role);
        // "SADC appointed the former President of Mozambique, NAME, as its mediator": the state of a past office only describes
        // the person; it takes no part in the sentence.
        if (titled is { Former: true, BodyMention: { Rule: "title-without-name" } past } && s.Mentions.IndexOf(past) is >= 0 and var at)
            s.Mentions[at] = past with { Role = MentionRole.Adjectival };
        var office = titled ?? described;
        if (office is { Body: { } body, Former: false }) s.Office(person, body, office.Value.Role, "name-office", i);
        var next = KnownAs(s, person, end) ?? end;
        // "the two former Presidents, Didier Ratsiraka and Albert Zafy": the rest of the list.
        while (titled is { Plural: true } && (s.KeyAt(next) == "and" || s.KeyAt(next) == ","))
        {
            var start = s.KeyAt(next) == "," && s.KeyAt(next + 1) == "and" ? next + 2 : next + 1;
            if (start >= s.Tokens.Count || !Opens(s, start)) break;
            var otherEnd = NameEnd(s, start);
            if (!IsName(s, start, otherEnd)) break;
            var other = Person(s, start, otherEnd, role);
            if (titled is { Body: { } listBody, Former: false }) s.Office(other, listBody, titled.Value.Role, "name-office", start);
            next = otherEnd;
        }
        return next;
    }

    /// <summary>"Mr Rajoelina", "Dr Ana Ruiz": a courtesy title without a full stop, then a name of one word or more; one word
    /// is the person met earlier with that surname, or a new person.</summary>
    private static int? AfterCourtesy(SentenceContext s, int i)
    {
        var start = i + 1;
        if (!Opens(s, start, afterCourtesy: true)) return null;
        var end = NameEnd(s, start);
        if (end == start || !IsName(s, start, end, minWords: 1)) return null;
        var name = s.Span(start, end - 1);
        var known = s.Actors.FindByName(name);
        if (known is not null && known.Kind != ActorKind.Person) return null;
        var person = known is not null ? s.Actors.GetOrCreate(name, ActorKind.Person, null, s.Where, "courtesy-person") : Person(s, start, end, role: null);
        person.Description ??= $"Named in the report as {s.Span(i, end - 1)}.";
        s.Actors.AddAlias(person, s.Span(i, end - 1));
        s.Add(person, i, end - 1, MentionRole.Actor, "courtesy-person");
        s.Discourse.LastPerson = person;
        return end;
    }

    /// <summary>Whether a name may begin at <paramref name="k"/>: a capitalised word that is no title, no word of the tables and
    /// no word that never names a person, and that does not continue a capitalised phrase begun before it.</summary>
    private static bool Opens(SentenceContext s, int k, bool afterCourtesy = false)
    {
        if (k >= s.Tokens.Count || s.Tokens[k] is not { IsCapitalised: true, IsWord: true } || Never.Contains(s.Tokens[k].Key)) return false;
        if (RoleWords.MatchTitle(s.Tokens, k) is not null || s.Lexicon.Match(s.Tokens, k, s.Text) is not null) return false;
        // "With Etienne Tshisekedi's party": a capitalised function word opening the sentence begins no phrase with the name.
        return afterCourtesy || !(k > 0 && s.Tokens[k - 1] is { IsCapitalised: true, IsWord: true } && !Honorific(s.Tokens[k - 1].Key)
            && !(k == 1 && FunctionOpeners.Contains(s.Tokens[0].Key)));
    }

    /// <summary>Function words that may open a sentence right before a name ("With NAME's party", "After NAME met ...").</summary>
    private static readonly HashSet<string> FunctionOpeners = new(StringComparer.Ordinal)
    {
        "with", "after", "before", "when", "while", "and", "but", "for", "from", "as", "since", "under", "like", "unlike", "both", "neither",
    };

    /// <summary>Honorifics that are no title of the tables but may stand right before a name ("Prince Norodom Sihanouk").</summary>
    private static bool Honorific(string key) => key is "professor" or "prince" or "princess" or "sir" or "lord" or "lady" or "dame" or "imam" or "emir" or "king" or "queen";

    /// <summary>Where the name beginning at <paramref name="start"/> ends (exclusive): at most five words, particles and
    /// hyphens between them, stopping at a title, a word of the tables or a word that never names a person.</summary>
    public static int NameEnd(SentenceContext s, int start)
    {
        var k = start;
        var words = 0;
        var n = s.Tokens.Count;
        while (k < n && words < 5)
        {
            var t = s.Tokens[k];
            if (t.Text == "-" && k > start && k + 1 < n && s.Tokens[k + 1].IsCapitalised && s.Tokens[k - 1].End == t.Start && s.Tokens[k + 1].Start == t.End)
            {
                k++;
                continue;
            }
            if (HyphenatedSyllable(s, k, start))
            {
                k += 2;
                continue;
            }
            var particle = k > start && Particles.Contains(t.Key) && (!t.IsCapitalised || CapitalParticles.Contains(t.Key)) && k + 1 < n
                && (s.Tokens[k + 1].IsCapitalised && s.Tokens[k + 1].IsWord || s.KeyAt(k + 1) == "-" || Particles.Contains(s.KeyAt(k + 1)));
            if (particle)
            {
                k++;
                continue;
            }
            if (!t.IsCapitalised || !t.IsWord || Never.Contains(t.Key)) break;
            if (k > start && (RoleWords.MatchTitle(s.Tokens, k) is not null || s.Lexicon.Match(s.Tokens, k, s.Text) is not null)) break;
            k++;
            words++;
        }
        while (k > start && (s.KeyAt(k - 1) == "-" || Particles.Contains(s.KeyAt(k - 1)))) k--;
        return k;
    }

    /// <summary>"Ban Ki-moon", "Lee Myung-bak", "Moon Jae-in": a hyphen right after a short capitalised word inside a name,
    /// joined without spaces to a short lower-case syllable, continues the given name (East Asian given names). Not an English
    /// compound ("Abiy-led", "Saudi-brokered", "Wade-backed"): the syllable is at most four letters and no word of
    /// <see cref="CompoundTails"/>, and the word before it has at most five letters.</summary>
    internal static bool HyphenatedSyllable(SentenceContext s, int k, int start)
    {
        var n = s.Tokens.Count;
        if (s.Tokens[k].Text != "-" || k <= start || k + 1 >= n) return false;
        var before = s.Tokens[k - 1];
        var after = s.Tokens[k + 1];
        return before.IsCapitalised && before.IsWord && before.Text.Length <= 5 && before.End == s.Tokens[k].Start
            && after.IsWord && !after.IsCapitalised && after.Start == s.Tokens[k].End && after.Text.Length is >= 2 and <= 4
            && after.Text.All(char.IsLetter) && !CompoundTails.Contains(after.Key)
            && !(k + 2 < n && s.Tokens[k + 2].Text == "-");
    }

    /// <summary>Lower-case words that end English compounds after a name ("Abiy-led", "Kabila-era").</summary>
    private static readonly HashSet<string> CompoundTails = new(StringComparer.Ordinal)
    {
        "led", "run", "era", "born", "made", "held", "wide", "like", "free", "type", "owned", "style", "based", "area", "side",
        "ally", "camp", "wing", "bloc", "line", "term", "age", "day", "year", "old", "only", "plus", "role",
    };

    /// <summary>Whether tokens [start, end) hold a name: enough words, and no capitalised word right after it (a name that
    /// runs on into a body's noun or an unknown word is part of something else: "Ian Martin Foundation").</summary>
    internal static bool IsName(SentenceContext s, int start, int end, int minWords = 2)
    {
        var words = 0;
        for (var k = start; k < end; k++)
            if (s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord && !(k > start && CapitalParticles.Contains(s.Tokens[k].Key))) words++;
        if (words < minWords) return false;
        // "Foreign Ministers", "Regional Leaders": a plural of a title is no name.
        for (var k = start; k < end; k++)
            if (s.Tokens[k].Key is { Length: > 3 } key && key[^1] == 's' && (RoleWords.Titles.ContainsKey(key[..^1]) || PluralTitles.Contains(key))) return false;
        if (end < s.Tokens.Count && s.Tokens[end] is { IsCapitalised: true, IsWord: true }) return false;
        // "Chissano's efforts" is fine; "Martin Luther King Day" is not read (a capitalised word after it).
        return !(end < s.Tokens.Count && s.Tokens[end].Text == "-" && end + 1 < s.Tokens.Count && s.Tokens[end + 1].IsCapitalised);
    }

    /// <summary>An office named before a name: what it is, the body it is of (when the tables know it), whether it was held
    /// before, and whether the noun is plural (a list of names follows).</summary>
    private readonly record struct Office(RoleKind Role, DocActor? Body, bool Former, bool Plural, Mention? BodyMention = null);

    /// <summary>"the elected President, NAME", "the separatists' leader, NAME", "Personal Representative in Nepal, NAME", "the
    /// leaders of the two factions of the Movement for Democratic Change (MDC), NAME and NAME": a title, a person's noun or a
    /// plural of them ends within sixteen tokens before the comma right before the name, with only an "in/for/of X" complement
    /// between (no other punctuation than brackets, hyphens and "'s"). The body is the last actor the tables or the report
    /// name in the complement; null when there is no such title.</summary>
    private static Office? TitledBefore(SentenceContext s, int i)
    {
        // "the chair of the government panel, Professor NAME": an honorific between the comma and the name.
        var at = i > 0 && Honorific(s.KeyAt(i - 1)) && s.Tokens[i - 1].IsCapitalised ? i - 1 : i;
        if (s.KeyAt(at - 1) != ",") return null;
        for (var j = at - 2; j >= Math.Max(0, at - 18); j--)
        {
            var key = s.KeyAt(j);
            if (key is "," or "." or ";" or ":") return null;
            var plural = PluralTitles.Contains(key) || key == "ministers" && s.KeyAt(j - 1) == "prime";
            var title = RoleWords.MatchTitle(s.Tokens, j);
            var length = title is { } found ? found.Length : plural || PersonNouns.Contains(key) ? 1 : 0;
            if (length == 0) continue;
            var after = j + length;
            if (after != at - 1 && !(s.KeyAt(after) is "in" or "for" or "of" or "to" or "on" && Complement(s, after + 1, at - 1))) return null;
            var role = title is { Role: not RoleKind.Rank } r ? r.Role : key is "leaders" or "presidents" or "chairmen" or "premiers" or "kings" or "emirs" ? RoleKind.Leads : RoleKind.MemberOf;
            // "of the Secretary-General of the United Nations for Sierra Leone": the body comes before a "for"/"in"/"on" (what
            // the office is for, or where it serves); "in Nepal" right after the title names no body at all.
            var stop = Enumerable.Range(after, at - 1 - after).FirstOrDefault(k => s.KeyAt(k) is "in" or "for" or "on" && !s.Mentions.Any(m => m.First <= k && k <= m.Last), at - 1);
            var body = s.Mentions.LastOrDefault(m => m.First >= j && m.Last < stop && m.Role == MentionRole.Actor && m.Actors.Count == 1
                && m.Actor.Kind is ActorKind.Organisation or ActorKind.ArmedGroup or ActorKind.State or ActorKind.Government or ActorKind.Agency);
            // "the head of the UN Peacekeeping Force in Cyprus (UNFICYP)": a body cut short by "in" may be a longer name; no office.
            if (body is not null && s.KeyAt(body.Last + 1) == "in") body = null;
            // "the chair of the MILF panel": the holder leads a part of the body, and is a member of the body itself.
            if (body is not null && role == RoleKind.Leads && Enumerable.Range(body.Last + 1, Math.Max(0, stop - body.Last - 1))
                .Any(k => s.Tokens[k].IsWord && !s.Tokens[k].Text.All(char.IsUpper)))
                role = RoleKind.MemberOf;
            var former = Enumerable.Range(Math.Max(0, j - 3), 3).Any(k => s.KeyAt(k) is "former" or "late" or "ex" or "then");
            return new Office(role, body?.Actor, former, plural, body);
        }
        return null;
    }

    /// <summary>Whether tokens [from, to) can be a title's complement ("the two factions of the Movement for Democratic Change
    /// (MDC)", "the government panel", "Nepal"): capitalised words, acronyms in brackets, "'s", hyphens, function words and at
    /// most two lower-case words ("of the two nations met in Portsmouth" is a clause, not a complement).</summary>
    private static bool Complement(SentenceContext s, int from, int to)
    {
        var lower = 0;
        for (var k = from; k < to; k++)
        {
            var t = s.Tokens[k];
            if (t.Key is "of" or "the" or "for" or "in" or "on" or "to" or "and" or "-" or "'s" or "(" or ")" || t.IsWord && t.IsCapitalised) continue;
            if (!t.IsWord || ++lower > 2) return false;
        }
        return true;
    }

    /// <summary>"the Algerian diplomat NAME", "a veteran negotiator NAME": a lower-case person's noun or title right before the
    /// name, after an article or a possessive at most four words before it.</summary>
    private static bool NounBefore(SentenceContext s, int i)
    {
        var noun = s.Tokens.Count > 0 && i > 0 ? s.Tokens[i - 1] : default;
        if (i == 0 || noun.IsCapitalised || !(PersonNouns.Contains(noun.Key) || RoleWords.Titles.ContainsKey(noun.Key))) return false;
        for (var j = i - 2; j >= Math.Max(0, i - 6); j--)
        {
            // "Joseph Kony and his deputy Vincent Otti": a possessive pronoun before the noun, too.
            if (s.KeyAt(j) is "the" or "a" or "an" or "'s" or "his" or "her" or "their" or "its") return true;
            if (s.KeyAt(j) is "," or "." or ";" or ":") return false;
        }
        return false;
    }

    /// <summary>"NAME, the former mayor of X", "NAME, the chairmanship's special representative", "NAME, senior adviser to",
    /// "NAME, Portugal's Secretary of State", "NAME, whom ...": a comma, then (an article and) at most five words before a
    /// title or a person's office, or "who"/"whom". A state or organisation of the tables before the title is the body it is
    /// of ("Portugal's"); null when the context is none of these.</summary>
    private static Office? DescribedAfter(SentenceContext s, int end)
    {
        if (s.KeyAt(end) != ",") return null;
        if (s.KeyAt(end + 1) is "who" or "whom" or "whose") return new Office(RoleKind.MemberOf, null, true, false);
        var k = s.KeyAt(end + 1) is "the" or "a" or "an" ? end + 2 : end + 1;
        ActorTemplate? body = null;
        var former = false;
        for (var j = k; j < Math.Min(s.Tokens.Count, k + 6); j++)
        {
            former |= s.KeyAt(j) is "former" or "late" or "ex" or "then";
            if (RoleWords.MatchTitle(s.Tokens, j) is { Role: not RoleKind.Rank } title)
                return new Office(title.Role, s.KeyAt(j - 1) == "'s" && body is not null ? s.Actors.FromTemplate(body, s.Where, "lexicon") : null, former, false);
            if (Offices.Contains(s.KeyAt(j))) return new Office(RoleKind.MemberOf, null, true, false);
            if (s.Lexicon.Match(s.Tokens, j, s.Text) is { } known)
            {
                if (known.Entry.Form == EntryForm.Name && known.Entry.Actor.Kind is ActorKind.State or ActorKind.Organisation)
                    body = known.Entry.Actor;
                j += known.Length - 1;
                continue;
            }
            if (!(s.Tokens[j].IsWord && !s.Tokens[j].IsCapitalised || s.KeyAt(j) is "'s" or "-")) return null;
        }
        return null;
    }

    /// <summary>Lower-case nouns of a person's armed men or followers after "NAME's" ("Saddam Hussein's army").</summary>
    private static readonly HashSet<string> Followers = new(StringComparer.Ordinal)
    {
        "army", "troops", "soldiers", "militia", "militiamen", "fighters", "men", "loyalists", "supporters", "followers", "regime", "bodyguards",
    };

    /// <summary>"NAME's army", "NAME's loyalists": a possessive and a noun of armed men or followers only a person (a leader)
    /// has; "NAME's army" of a place is read by the tables before this.</summary>
    private static bool FollowersAfter(SentenceContext s, int end) =>
        s.KeyAt(end) == "'s" && Followers.Contains(s.KeyAt(end + 1)) && end + 1 < s.Tokens.Count && !s.Tokens[end + 1].IsCapitalised;

    /// <summary>", known as Prachanda", "(known as X)": the alias after the name; the token after it, or null.</summary>
    private static int? KnownAs(SentenceContext s, DocActor person, int end)
    {
        var k = s.KeyAt(end) is "," or "(" ? end + 1 : end;
        if (s.KeyAt(k) == "also") k++;
        if (s.KeyAt(k) != "known" || s.KeyAt(k + 1) != "as" || k + 2 >= s.Tokens.Count || !Opens(s, k + 2)) return null;
        var aliasEnd = NameEnd(s, k + 2);
        if (aliasEnd - (k + 2) > 3 || !IsName(s, k + 2, aliasEnd, minWords: 1)) return null;
        s.Actors.AddAlias(person, s.Span(k + 2, aliasEnd - 1));
        s.Add(person, k + 2, aliasEnd - 1, MentionRole.Actor, "person-alias");
        return aliasEnd;
    }

    /// <summary>The person named by tokens [start, end), with the surname as an alias (not after a particle: "Al Sabah" is a
    /// family's name), mentioned there.</summary>
    private static DocActor Person(SentenceContext s, int start, int end, MentionRole? role = MentionRole.Actor)
    {
        var name = s.Span(start, end - 1);
        var person = s.Actors.GetOrCreate(name, ActorKind.Person, null, s.Where, "person-name");
        var surnameAt = end - 1;
        while (surnameAt > start && s.KeyAt(surnameAt - 1) == "-") surnameAt -= 2;
        if (surnameAt > start && !Particles.Contains(s.KeyAt(surnameAt - 1)))
        {
            var surname = s.Span(surnameAt, end - 1);
            if (surname.Length >= 3 && s.Lexicon.Match(s.Tokens, surnameAt, s.Text) is null) s.Actors.AddAlias(person, surname);
            // "Selim al-Hoss" ... "Hoss": the surname without its joined Arabic article.
            if (Persons.ArticleDropped(surname) is { } bare && s.Lexicon.Match(s.Tokens, end - 1, s.Text) is null) s.Actors.AddAlias(person, bare);
        }
        person.Description ??= "Named in the report.";
        if (role is not { } mentioned) return person;
        s.Add(person, start, end - 1, mentioned, "person-name");
        s.Discourse.LastPerson = person;
        return person;
    }
}
