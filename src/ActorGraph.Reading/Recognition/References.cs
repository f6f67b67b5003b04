using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>Rule-based coreference: "we"/"our" (the signatories or the publisher), "both sides"/"the two
/// nations" (the last pair of sides), "the Palestinian group" (the last armed group of that country), "the
/// delegation", "the official" (the last speaker), "he" and "his national security adviser" (the last person,
/// and an unnamed holder of that title in the person's state).</summary>
internal static partial class References
{
    private static readonly HashSet<string> PairNouns = new(StringComparer.Ordinal)
    {
        "sides", "countries", "nations", "parties", "governments", "forces", "states", "neighbours", "neighbors", "leaders", "armies",
        "rivals", "adversaries", "foes", "enemies", "powers", "capitals", "camps", "delegations", "presidents", "ministers", "premiers",
    };

    /// <summary>Pair nouns that name people: "the two leaders" are the two who met or spoke, not the states last named.</summary>
    private static readonly HashSet<string> PeopleNouns = new(StringComparer.Ordinal) { "leaders", "presidents", "ministers", "premiers" };

    /// <summary>Whether tokens [from, to) hold "both sides", "the parties" or "the two (military) delegations" that no
    /// pair known so far resolved: the pair is then the report's main one, found at the end.</summary>
    public static bool UnresolvedPairIn(SentenceContext s, int from, int to)
    {
        for (var k = Math.Max(0, from); k < to; k++)
        {
            if (s.Mentions.Any(m => m.First <= k && k <= m.Last)) continue;
            if (s.KeyAt(k) == "both" && PairNouns.Contains(s.KeyAt(k + 1))) return true;
            if (s.KeyAt(k) == "the" && PairEnd(s, k) is not null) return true;
        }
        return false;
    }

    /// <summary>Notes the last two people joined by "and" in the sentence ("Sadat and Begin", "Shastri, and Ayub Khan"): who
    /// "the two leaders" are when no fact between two people is known. A host or inviter named apart is never joined, nor two people
    /// of whom neither holds a known office.</summary>
    public static void NoteJoinedPeople(SentenceContext s)
    {
        var people = s.Mentions.Where(m => m.IsArgument && m.Actors.Count == 1 && m.Actor.Kind == ActorKind.Person).OrderBy(m => m.First).ToList();
        for (var k = people.Count - 2; k >= 0; k--)
        {
            var (a, b) = (people[k], people[k + 1]);
            if (a.Actor == b.Actor || b.First - a.Last > 3) continue;
            // "the two leaders" lead something: a pair of whom neither holds a known office ("with Graça Machel and Benjamin Mkapa,
            // a former President of Tanzania, as its other members") is no pair of leaders.
            if (a.Actor.Office is null && b.Actor.Office is null) continue;
            if (Enumerable.Range(a.Last + 1, b.First - a.Last - 1).All(t => s.KeyAt(t) is "and" or ",") && s.KeyAt(b.First - 1) == "and")
            {
                s.Discourse.LastJoinedPeople = (a.Actor, b.Actor);
                return;
            }
        }
    }

    private static readonly HashSet<string> GroupNouns = new(StringComparer.Ordinal) { "group", "movement", "militia", "organisation", "organization", "faction" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        var d = s.Discourse;
        var key = s.KeyAt(i);
        var t = s.Tokens[i];
        switch (key)
        {
            case "we" or "our" or "us" or "ours" when d.Speakers.Count > 0 && !(t.Text == "US"):
            case "i" when t.Text == "I" && d.Speakers.Count > 0:
            case "my" or "me" when d.Speakers.Count == 1:
                if (key == "our" && s.KeyAt(i + 1) is "two" or "respective" && PairNouns.Contains(s.KeyAt(i + 2)) && d.Speakers.Count == 2)
                {
                    s.Add(d.Speakers, i, i + 2, MentionRole.Actor, "coref-our-two");
                    return i + 3;
                }
                s.Add(d.Speakers.ToList(), i, i, MentionRole.Actor, "coref-first-person");
                return i + 1;
            case "both" or "either" when PeopleNouns.Contains(s.KeyAt(i + 1)) && d.LeaderPair is { } people:
                s.Add([people.A, people.B], i, i + 1, MentionRole.Actor, "coref-people");
                return i + 2;
            case "the" when PairEnd(s, i) is { } end && PeopleNouns.Contains(s.KeyAt(end)) && d.LeaderPair is { } people2:
                s.Add([people2.A, people2.B], i, end, MentionRole.Actor, "coref-people");
                return end + 1;
            // "either Party", "the Parties" in an agreement that defined them: that pair ("Neither Party" is a prohibition, no actor).
            case "both" or "either" or "each" when s.KeyAt(i + 1) is "party" or "parties" && d.DefinedPair is { } defined:
                s.Add([defined.A, defined.B], i, i + 1, MentionRole.Actor, "coref-defined-parties");
                return i + 2;
            case "the" when s.KeyAt(i + 1) == "parties" && d.DefinedPair is { } defined2:
                s.Add([defined2.A, defined2.B], i, i + 1, MentionRole.Actor, "coref-defined-parties");
                return i + 2;
            case "both" or "either" when PairNouns.Contains(s.KeyAt(i + 1)) && d.LastPair is { } pair:
                s.Add([pair.A, pair.B], i, i + 1, MentionRole.Actor, "coref-pair");
                return i + 2;
            case "the" when PairEnd(s, i) is { } last && d.LastPair is { } pair2:
                s.Add([pair2.A, pair2.B], i, last, MentionRole.Actor, "coref-pair");
                return last + 1;
            case "the" when MediatorRole.End(s, i) is { } roleEnd && MediatorRole.Holder(d) is { } holder:
                s.Add(holder, i, roleEnd, MentionRole.Actor, "coref-mediator");
                return roleEnd + 1;
            case "the" when TitleAlone(s, i) is { } titled:
                return titled;
            case "the" when OfficeAlone.Read(s, i) is { } office:
                return office;
            case "the":
                return TheNoun(s, i);
            // "The negotiators never sat in the same room": the definite plural is everyone at the table, not one sender's envoys.
            case "envoys" or "negotiators" or "emissaries" when d.LastPerson is { Office: { } office } sender && !s.Mentions.Any(m => m.Last == i - 1) && s.KeyAt(i - 1) != "the":
                var group = Modifiers.GroupOf(s, office.Affiliation, key == "emissaries" ? "envoys" : key);
                if (s.KeyAt(i - 1) is "instructed" or "sent" or "dispatched" or "ordered" or "appointed" or "directed")
                    s.Office(sender, group, RoleKind.Leads, "sender-leads-envoys", i);
                s.Add(group, i, i, MentionRole.Actor, "coref-envoys");
                return i + 1;
            case "'s" when NamedHolder(s, i) is { } after:
                return after;
            case "he" or "she" when SentenceInitial(s, i) && d.LastSubjectPerson is { } subject:
                s.Add(subject, i, i, MentionRole.Actor, "coref-subject-pronoun");
                return i + 1;
            case "he" or "she" when d.LastPerson is { } person:
                s.Add(person, i, i, MentionRole.Actor, "coref-pronoun");
                return i + 1;
            // "His Excellency", "Her Majesty": an honorific before a name, not a pronoun.
            case "his" or "her" when t.IsCapitalised && s.KeyAt(i + 1) is "excellency" or "majesty" or "highness" or "royal" or "holiness":
                return null;
            case "his" or "her" when d.LastPerson is { } owner:
                return Possessive(s, i, owner);
            default:
                return null;
        }
    }

    /// <summary>"The Chairperson takes note ...": a capitalised title after "the" with no name, "of" or bracket after it is the
    /// last person named with that title. Returns the token after the title, or null.</summary>
    private static int? TitleAlone(SentenceContext s, int i)
    {
        if (i + 1 >= s.Tokens.Count || !s.Tokens[i + 1].IsCapitalised || RoleWords.MatchTitle(s.Tokens, i + 1) is not { } title || title.Role == RoleKind.Rank) return null;
        var after = i + 1 + title.Length;
        if (after < s.Tokens.Count && (s.Tokens[after] is { IsCapitalised: true, IsWord: true } || s.KeyAt(after) is "of" or "(" or "for" or "to")) return null;
        if (!s.Discourse.TitleHolders.TryGetValue(s.Span(i + 1, after - 1).ToLowerInvariant(), out var person)) return null;
        s.Add(person, i, after - 1, MentionRole.Actor, "coref-title");
        s.Discourse.LastPerson = person;
        return after;
    }

    private static readonly HashSet<string> SubjectLeads = new(StringComparer.Ordinal) { "but", "and", "however", "then", "later", "," };

    private static bool SentenceInitial(SentenceContext s, int i) => Enumerable.Range(0, i).All(k => SubjectLeads.Contains(s.KeyAt(k)));

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "with", "by", "of", "for", "from", "and", "between", "on", "at", "as", "through", "via", "among", "under", "than", "against",
    };

    /// <summary>Notes the sentence's subject person: its first person mention, unless a preposition or "and" stands right
    /// before it ("thanked the envoy, NAME" is an object, "with NAME" too); then the subject of earlier sentences stays.</summary>
    public static void NoteSubjectPerson(SentenceContext s)
    {
        var first = s.Mentions.Where(m => m.IsArgument && m.Actors.Count == 1 && m.Actor.Kind == ActorKind.Person).MinBy(m => m.First);
        if (first is null || Prepositions.Contains(s.KeyAt(first.First - 1))) return;
        s.Discourse.LastSubjectPerson = first.Actor;
        // "The Secretary-General of X, NAME, ...": "The Secretary-General" alone later is NAME.
        if (s.KeyAt(0) == "the" && s.Tokens.Count > 1 && s.Tokens[1].IsCapitalised && RoleWords.MatchTitle(s.Tokens, 1) is { Role: not RoleKind.Rank } title
            && first.First > 1 + title.Length && first.First < 25 && s.KeyAt(first.First - 1) is "," or "." )
            s.Discourse.TitleHolders[s.Span(1, title.Length).ToLowerInvariant()] = first.Actor;
    }

    /// <summary>The last token of "the parties", "the two sides" or "the two regional rivals" (one modifier between), or null.</summary>
    private static int? PairEnd(SentenceContext s, int i)
    {
        if (s.KeyAt(i + 1) == "parties") return i + 1;
        if (s.KeyAt(i + 1) != "two") return null;
        if (PairNouns.Contains(s.KeyAt(i + 2))) return i + 2;
        return PairNouns.Contains(s.KeyAt(i + 3)) && s.KeyAt(i + 2) is { Length: > 2 } modifier && char.IsLetter(modifier[0]) ? i + 3 : null;
    }

    private static int? TheNoun(SentenceContext s, int i)
    {
        var d = s.Discourse;
        var k = i + 1;
        string? country = null;
        if (k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry.Form: EntryForm.Demonym } demonym)
        {
            country = demonym.Entry.Actor.Country;
            k += demonym.Length;
        }
        if (country is null && s.KeyAt(k) is "army" or "military" or "armed forces" && Latest(s, IsArmy) is { } army)
        {
            s.Add(army, i, k, MentionRole.Actor, "coref-army");
            return k + 1;
        }
        // "the government", and "the transitional government" or "the interim government" of the same state.
        var governmentAt = s.KeyAt(k) is "transitional" or "interim" or "provisional" or "new" or "elected" ? k + 1 : k;
        if (country is null && s.KeyAt(governmentAt) is "government" or "state" && (governmentAt == k || s.KeyAt(governmentAt) == "government")
            && !s.Tokens[governmentAt].IsCapitalised && (Latest(s, a => a.Kind == ActorKind.Government) ?? GovernmentFacingRebels(s)) is { } government)
        {
            s.Add(government, i, governmentAt, MentionRole.Actor, "coref-government");
            return governmentAt + 1;
        }
        // "when the Government refused": a capitalised "the Government" alone (not "the Government of X") is the government
        // last named, else the one state among the sides in view.
        if (country is null && s.KeyAt(k) == "government" && s.Tokens[k].IsCapitalised && s.KeyAt(k + 1) != "of" && !(k + 1 < s.Tokens.Count && s.Tokens[k + 1].IsCapitalised)
            && (Latest(s, a => a.Kind == ActorKind.Government) ?? StateInView(s)) is { } side)
        {
            s.Add(side, i, k, MentionRole.Actor, "coref-government");
            return k + 1;
        }
        // "the Lebanese Armed Forces", "the armed forces": a state's army, never the irregular group "the armed group" refers to.
        if (s.KeyAt(k) == "armed" && s.KeyAt(k + 1) == "forces") return null;
        var irregular = false;
        while (RoleWords.Descriptors.Contains(s.KeyAt(k)) && !GroupNouns.Contains(s.KeyAt(k)) || s.KeyAt(k) is "paramilitary" or "guerrilla" or "rebel" or "insurgent")
        {
            irregular |= s.KeyAt(k) is "paramilitary" or "guerrilla" or "rebel" or "insurgent" or "militant" or "armed";
            k++;
        }
        var noun = s.KeyAt(k);
        // "the rebels", "the southern rebels": the one irregular armed group the report has named (none read when it named more).
        var plural = noun is "rebels" or "insurgents" or "guerrillas" or "separatists" ? k
            : s.KeyAt(k + 1) is "rebels" or "insurgents" or "guerrillas" or "separatists" && s.Tokens[k] is { IsWord: true, IsCapitalised: false } ? k + 1 : -1;
        if (plural >= 0)
        {
            var irregulars = s.Actors.All.Where(a => a.Kind == ActorKind.ArmedGroup && !IsArmy(a) && (country is null || a.Country == country)).ToList();
            if (irregulars.Count != 1) return null;
            s.Add(irregulars[0], i, plural, MentionRole.Actor, "coref-rebels");
            return plural + 1;
        }
        // "the paramilitary force", "the rebel forces": an irregular armed group, never the army it fights; so are "the rebel
        // side", "the rebel delegation", "the insurgent negotiators" (the group's people at the table act for it).
        if (irregular && noun is "force" or "forces" or "group" or "movement" or "militia" or "side" or "delegation" or "negotiators" or "team" or "camp"
            && Latest(s, a => a.Kind == ActorKind.ArmedGroup && !IsArmy(a) && (country is null || a.Country == country)) is { } irregularGroup)
        {
            s.Add(irregularGroup, i, k, MentionRole.Actor, "coref-group");
            return k + 1;
        }
        // "the Organization of African Unity", "the Movement for Democratic Change": a capitalised noun before "of"/"for" and a
        // capitalised word opens a name, not a reference to the last group.
        if (GroupNouns.Contains(noun) && char.IsUpper(s.Tokens[k].Text[0]) && s.KeyAt(k + 1) is "of" or "for"
            && k + 2 < s.Tokens.Count && char.IsUpper(s.Tokens[k + 2].Text[0])) return null;
        // "the movement led by NAME": a group named by its leader, not the last group (Recognition/GroupOfLeader.cs).
        if (GroupNouns.Contains(noun) && GroupOfLeader.Named(s, i, k) is { } defined)
        {
            s.Add(defined, i, k, MentionRole.Actor, "group-of-leader");
            return k + 1;
        }
        if (GroupNouns.Contains(noun))
        {
            var group = Latest(s, a => a.Kind is ActorKind.ArmedGroup or ActorKind.Organisation && (country is null || a.Country == country));
            if (group is null) return null;
            s.Add(group, i, k, MentionRole.Actor, "coref-group");
            return k + 1;
        }
        if (country is null && noun is "delegation" && d.LastDelegation is { } delegation)
        {
            s.Add(delegation, i, k, MentionRole.Actor, "coref-delegation");
            return k + 1;
        }
        if (country is null && noun is "official" or "spokesman" or "spokesperson" or "spokeswoman" && d.LastSpeaker is { } speaker)
        {
            s.Add(speaker, i, k, MentionRole.Speaker, "coref-speaker");
            return k + 1;
        }
        return null;
    }

    /// <summary>A state's regular army: "Sudanese Armed Forces", "Ethiopian National Defense Force", "Israeli army".</summary>
    private static bool IsArmy(DocActor a) =>
        a.Kind is ActorKind.ArmedGroup or ActorKind.Agency && ArmyName().IsMatch(a.Name);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Armed Forces|Defen[cs]e Forces?)\b|^\w+ (?:Army|army|military)$")]
    private static partial System.Text.RegularExpressions.Regex ArmyName();

    /// <summary>The one state among the pair an agreement defines, else among the last pair named; null if none or two.</summary>
    private static DocActor? StateInView(SentenceContext s)
    {
        if ((s.Discourse.DefinedPair ?? s.Discourse.LastPair) is not var (a, b)) return null;
        return (a.Kind == ActorKind.State, b.Kind == ActorKind.State) switch { (true, false) => a, (false, true) => b, _ => null };
    }

    /// <summary>"Portugal began to mediate between the government and UNITA" with no government named yet: the government of
    /// the state whose irregular armed groups the report has named (all of one state, which the report names), else null.</summary>
    private static DocActor? GovernmentFacingRebels(SentenceContext s)
    {
        var countries = s.Actors.All.Where(a => a.Kind == ActorKind.ArmedGroup && !IsArmy(a)).Select(a => a.Country).Distinct().ToList();
        if (countries is not [{ } country]) return null;
        return s.Actors.All.FirstOrDefault(a => a.Kind == ActorKind.State && a.Country == country) is { } state ? MentionFinder.Government(s, state) : null;
    }

    private static DocActor? Latest(SentenceContext s, Func<DocActor, bool> match)
    {
        if (s.Discourse.LastGroup is { } last && match(last)) return last;
        return s.Actors.All.LastOrDefault(match);
    }

    /// <summary>"The government's chief negotiator, Otty Patiño,": a person named after an actor's title holds it in that actor.</summary>
    private static int? NamedHolder(SentenceContext s, int i)
    {
        if (s.Mentions.LastOrDefault() is not { Role: MentionRole.Actor } owner || owner.Last != i - 1 || owner.Actors.Count != 1
            || owner.Actor.Kind is ActorKind.Person or ActorKind.Territory or ActorKind.Population) return null;
        if (RoleWords.MatchTitle(s.Tokens, i + 1) is not { } title) return null;
        var comma = i + 1 + title.Length;
        if (s.KeyAt(comma) != "," || Persons.NameEnd(s, comma + 1) is var nameEnd && nameEnd - (comma + 1) < 2) return null;
        var words = RoleWords.Key(s.Tokens, i + 1, title.Length);
        var person = Persons.PersonNamed(s, s.Span(comma + 1, nameEnd - 1), s.Span(i + 1, comma - 1));
        person.Description ??= $"The {words} of {owner.Actor.Name}, as named in the report.";
        person.Country ??= owner.Actor.Country;
        s.Office(person, owner.Actor, title.Role, "possessive-title-named", comma + 1);
        s.Add(person, i + 1, nameEnd - 1, MentionRole.Actor, "possessive-title-named");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    private static int? Possessive(SentenceContext s, int i, DocActor owner)
    {
        if (RoleWords.MatchTitle(s.Tokens, i + 1) is { } title && owner.Office is { } office)
        {
            // "his national security adviser": an unnamed holder of that title in the owner's state or organisation.
            var words = RoleWords.Key(s.Tokens, i + 1, title.Length);
            var role = title.Role == RoleKind.Leads ? RoleKind.MemberOf : title.Role;
            // "his chief of staff, Andriy Yermak,": the holder is named in the appositive.
            // "his envoy Brett McGurk": or right after the title.
            var comma = i + 1 + title.Length;
            // "his Prime Minister and Foreign Minister, NAME": two titles joined by "and" before the name.
            if (s.KeyAt(comma) == "and" && RoleWords.MatchTitle(s.Tokens, comma + 1) is { Role: not RoleKind.Rank } second) comma += 1 + second.Length;
            var nameStart = s.KeyAt(comma) == "," ? comma + 1 : comma;
            // "..., Sheikh Hamad bin Jassim": a courtesy rank before the name.
            if (RoleWords.MatchTitle(s.Tokens, nameStart) is { Role: RoleKind.Rank } rank && s.Tokens[nameStart].IsCapitalised) nameStart += rank.Length;
            if (Persons.NameEnd(s, nameStart) is var nameEnd && nameEnd - nameStart >= 2)
            {
                var named = Persons.PersonNamed(s, s.Span(nameStart, nameEnd - 1), s.Span(i + 1, comma - 1));
                named.Description ??= $"The {words} of {owner.Name}, as named in the report.";
                named.Country ??= office.Affiliation.Country;
                s.Office(named, office.Affiliation, role, "coref-possessive-title-named", nameStart);
                s.Add(named, i, nameEnd - 1, MentionRole.Actor, "coref-possessive-title-named");
                s.Discourse.LastPerson = named;
                return nameEnd;
            }
            var name = office.Affiliation.ShortForm + " " + words;
            var holder = s.Actors.GetOrCreate(name, ActorKind.Person, office.Affiliation.Country, s.Where, "coref-possessive-title");
            if (!string.Equals(office.Affiliation.ShortForm, office.Affiliation.Name, StringComparison.Ordinal))
                s.Actors.AddAlias(holder, office.Affiliation.Name + " " + words);
            holder.Description ??= $"The {words} of {owner.Name} (not named in the report).";
            if (holder.Mentions <= 1) s.Office(holder, office.Affiliation, role, "coref-possessive-title", i + 1);
            s.Add(holder, i, i + title.Length, MentionRole.Actor, "coref-possessive-title");
            return i + 1 + title.Length;
        }
        if (RoleWords.MatchLength(RoleWords.GroupActors, s.Tokens, i + 1) is var g and > 0 && owner.Office is { } office2)
        {
            var group = Modifiers.GroupOf(s, office2.Affiliation, RoleWords.Key(s.Tokens, i + 1, g));
            s.Add(group, i, i + g, MentionRole.Actor, "coref-possessive-group");
            return i + 1 + g;
        }
        s.Add(owner, i, i, MentionRole.Actor, "coref-possessive");
        return i + 1;
    }
}
