using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>Finds the actors a sentence names or refers to, left to right, longest match first: titles with
/// names ("U.S. President Joe Biden"), known names and adjectives from the built-in tables, names already
/// met in the report, and references (<see cref="References"/>).</summary>
internal static class MentionFinder
{
    public static void Find(SentenceContext s)
    {
        var tokens = s.Tokens;
        // An office waiting for its body ("X, the president of the National Assembly") does not outlive its sentence.
        s.Discourse.ExtraOffices.Clear();
        s.Discourse.PendingOffice = null;
        var i = 0;
        while (i < tokens.Count)
        {
            var next = StateGroups.TryResolve(s, i)
                ?? EthnicGroups.TryResolve(s, i)
                ?? AliasInWords.TryResolve(s, i)
                ?? DefinedGroups.TryResolve(s, i)
                ?? BodyByHead.TryResolve(s, i)
                ?? NationalCouncils.TryResolve(s, i)
                ?? StateBodies.TryResolve(s, i)
                ?? SetNames.TryResolve(s, i)
                ?? PluralTitles.TryCountedPair(s, i)
                ?? References.TryResolve(s, i)
                ?? GovernmentForces.TryResolve(s, i)
                ?? Opposition.TryResolve(s, i)
                ?? LedBy.TryResolve(s, i)
                ?? BodyOfLeader.TryResolve(s, i)
                ?? PossessiveRolePersons.TryResolve(s, i)
                ?? NamesThenPluralTitle.TryResolve(s, i)
                ?? NameThenTitle.TryResolve(s, i)
                ?? RelativeClausePersons.TryResolve(s, i)
                ?? JointTitlePersons.TryResolve(s, i)
                ?? AppositiveOffices.TryTitleThenName(s, i)
                ?? PersonOfBody.TryResolve(s, i)
                ?? PluralTitles.TryResolve(s, i)
                ?? PortfolioTitles.TryResolve(s, i)
                ?? Persons.TryTitleFirst(s, i, affiliation: null, affiliationStart: i)
                ?? PartyNames.TryResolve(s, i)
                ?? LeaderPossessiveBodies.TryResolve(s, i)
                ?? AcronymBodies.TryResolve(s, i)
                ?? RegionalInsurgents.TryResolve(s, i)
                ?? SharedHeads.TryResolve(s, i)
                ?? TryGovernmentOf(s, i)
                ?? LongerThanKnown(s, i)
                ?? TryNamed(s, i)
                ?? PersonNames.TryResolve(s, i)
                ?? DescribedPersons.TryResolve(s, i)
                ?? DescribedNames.TryResolve(s, i)
                ?? DescribedBodies.TryResolve(s, i)
                ?? UnknownBodies.TryResolve(s, i)
                ?? BareAcronyms.TryResolve(s, i);
            i = next ?? i + 1;
        }
        AddAcronyms(s);
        OfficeAlone.EnvoyOf(s);
        DefinedParties.Note(s);
        GovernmentSignatory.Note(s);
        LeaderOfTheOnlyState(s);
        if (s.Capitals.Count > 0) s.Discourse.LastCapital = s.Capitals[^1].Country;
        GovernmentOfLeader.Note(s);
        SecretaryGeneralHolder.Note(s);
        PossessiveMembers.Note(s);
        OfficeAs.Note(s);
        References.NoteSubjectPerson(s);
        if (OfficeAlone.BodyBefore(s, s.Tokens.Count) is { } secretariat) s.Discourse.LastSecretaryGeneralBody = secretariat;
        SetNames.NoteLists(s);
    }

    /// <summary>"President Salva Kiir" with no country in the title leads the one state the sentence names ("the Republic
    /// of South Sudan", "an American soldier"); with none or several, the title stays unattached.</summary>
    private static void LeaderOfTheOnlyState(SentenceContext s)
    {
        foreach (var m in s.Mentions)
        {
            if (!HeadTitles.IsUnplacedHead(m)) continue;
            // "former Kenyan President Kenyatta" holds no office now, and his country was in the title.
            if (Enumerable.Range(Math.Max(0, m.First - 1), m.Last - m.First + 2).Any(k => s.KeyAt(k) is "former" or "then" or "late" or "ex")) continue;
            // "in the presence of President X", "witnessed by President X": a guest at another side's signing, often a foreign one.
            if (s.KeyAt(m.First - 1) == "of" && s.KeyAt(m.First - 2) == "presence" || s.KeyAt(m.First - 1) == "by" && s.KeyAt(m.First - 2) is "witnessed" or "attended") continue;
            // "the Emir of Qatar, who received President X and President Y": a guest received or welcomed leads no state of the host's sentence.
            if (IsGuest(s, m)) continue;
            // "flew to Moscow. There President X accepted", "carried it to Tbilisi, where President Y signed": the capital pointed at.
            if (CapitalPointedAt(s, m) is { } seat)
            {
                s.Office(m.Actor, seat, RoleKind.Leads, "title-capital", m.First);
                continue;
            }
            // "President X spoke with Prime Minister Y of Lebanon about Israel": a state another person of the sentence holds
            // office in counts too, so X leads neither.
            // "the two sides" in the sentence are the parties the person deals with, not a state the person is named in.
            var named = s.Mentions.Where(x => x.Rule != "coref-pair").ToList();
            // "thanked the Swiss hosts": the host state is not the one the person leads.
            var hosts = named.Where(x => IsHost(s, x)).SelectMany(x => x.Actors).ToList();
            var held = named.Where(x => x != m).SelectMany(x => x.Actors).Select(a => a.Kind == ActorKind.Person ? a.Office?.Affiliation : null)
                .OfType<DocActor>().Where(a => a.Kind is ActorKind.State or ActorKind.Government)
                .Select(a => a.Kind == ActorKind.Government ? s.Mentions.SelectMany(x => x.Actors).FirstOrDefault(x => x.Kind == ActorKind.State && x.Country == a.Country) ?? a : a).ToList();
            // "President X will attend, and the Prime Minister of Malaysia, NAME, is invited": a state named only in another
            // person's title is that person's, not one the sentence sets beside X.
            var direct = named.SelectMany(x => x.Actors).Where(a => a.Kind == ActorKind.State && !InOtherTitle(s, m, a)).Except(hosts).ToList();
            // "There President X accepted the plan, and Sarkozy carried it to Tbilisi": another person's state alone is not X's.
            if (direct.Count == 0 && held.Count > 0)
            {
                NoteUnplaced(s, m, besideState: false);
                continue;
            }
            var states = direct.Concat(held).Distinct().ToList();
            // "the Front for the Renaissance of X": a state named only inside a new body's name, already met in the report.
            if (states.Count == 0)
                states = s.Mentions.Where(x => x.Rule == "unknown-body" && x.Actor.Country is not null).Select(x => x.Actor.Country)
                    .Distinct().SelectMany(c => s.Actors.All.Where(a => a.Kind == ActorKind.State && a.Country == c)).Distinct().ToList();
            if (states.Count == 1) s.Office(m.Actor, states[0], RoleKind.Leads, "title-sentence-state", m.First);
            // "KAMPALA — President Museveni said ...": with no state in the sentence, the dateline's capital places the head,
            // when the sentence names no other head ("President X met President Y": one of them is a guest).
            else if (states.Count == 0 && held.Count == 0 && !s.Mentions.Any(x => x.Actor != m.Actor && x.Actor.Kind == ActorKind.Person && HeadTitles.HasHeadTitle(x.Actor))
                && DatelinePlace.State(s) is { } place && !hosts.Contains(place))
                s.Office(m.Actor, place, RoleKind.Leads, "title-dateline", m.First);
            // "The Secretary-General pays tribute to President X" in a text that has named one state so far: X leads it.
            else if (states.Count == 0 && held.Count == 0 && OnlyStateSoFar(s) is { } only && !hosts.Contains(only))
                s.Office(m.Actor, only, RoleKind.Leads, "title-report-state", m.First);
            NoteUnplaced(s, m, besideState: direct.Count > 0);
        }
    }

    private static readonly HashSet<string> Receiving = new(StringComparer.Ordinal)
    {
        "received", "receives", "receiving", "welcomed", "welcomes", "welcoming", "hosted", "hosts", "hosting",
    };

    /// <summary>Whether the mention <paramref name="m"/> is the object of a verb of receiving, alone or inside a list of
    /// mentions joined by "," and "and" ("who received President X and President Y").</summary>
    private static bool IsGuest(SentenceContext s, Mention m)
    {
        var k = m.First - 1;
        while (k >= 0)
        {
            if (s.KeyAt(k) is "," or "and") { k--; continue; }
            var before = k;
            if (s.Mentions.FirstOrDefault(x => x.Last == before && x.Role == MentionRole.Actor) is not { } listed) break;
            k = listed.First - 1;
        }
        return Receiving.Contains(s.KeyAt(k));
    }

    /// <summary>"the Swiss hosts", "our Qatari host": a state named as the host right before the noun.</summary>
    private static bool IsHost(SentenceContext s, Mention x) => s.KeyAt(x.Last + 1) is "host" or "hosts";

    /// <summary>A head left without a state, kept for the report's context (<see cref="Rules.UnplacedHeads"/>) only as a subject
    /// ("President X said"; "grateful to President X, who hosted" names a host), and whether a state of the sentence stands beside
    /// the head ("and Croatia by President X" is a gapped clause's side).</summary>
    private static void NoteUnplaced(SentenceContext s, Mention m, bool besideState)
    {
        var start = HeadTitles.Start(s, m.First);
        if (m.Actor.Office is null && !Prepositions.Contains(s.KeyAt(start - 1)))
            s.Discourse.UnplacedHeads.Add((m.Actor, s.Where, s.Quote(start, m.Last + 3), besideState));
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "by", "with", "of", "for", "from", "at", "on", "under", "between", "among", "against", "and", "or", "as", "than", "like",
    };

    /// <summary>True when every mention of the state in the sentence follows another person's title ("the Prime Minister of
    /// Malaysia, NAME") and that person holds office in it.</summary>
    private static bool InOtherTitle(SentenceContext s, Mention head, DocActor state)
    {
        var own = s.Mentions.Where(x => x != head && x.Actors.Contains(state)).ToList();
        if (own.Count == 0) return false;
        var holders = s.Mentions.Where(x => x != head).SelectMany(x => x.Actors)
            .Where(a => a.Kind == ActorKind.Person && a.Office?.Affiliation is { } o && (o == state || o.Kind == ActorKind.Government && o.Country == state.Country)).ToList();
        if (holders.Count == 0) return false;
        // The state's mention sits right after "TITLE of": "the Prime Minister of Malaysia".
        return own.All(x => s.KeyAt(x.First - 1) == "of" && s.Tokens[Math.Max(0, x.First - 2)].IsCapitalised);
    }

    /// <summary>The state, already named in the report, whose capital a head title's place word points at: "There" opening the
    /// sentence (the capital named last in an earlier sentence) or ", where" right before the title (a capital at most six tokens
    /// before the comma); null otherwise.</summary>
    private static DocActor? CapitalPointedAt(SentenceContext s, Mention m)
    {
        string? country = null;
        if (m.First == 1 && s.KeyAt(0) == "there") country = s.Discourse.LastCapital;
        else if (s.KeyAt(m.First - 1) == "where" && s.KeyAt(m.First - 2) == ",")
            country = s.Capitals.LastOrDefault(c => c.Token < m.First - 2 && c.Token >= m.First - 9).Country;
        if (country is null) return null;
        return s.Actors.All.FirstOrDefault(a => a.Kind == ActorKind.State && a.Country == country && a.Mentions > 0);
    }

    /// <summary>The one state the report has named before this sentence (as a state or by its government), or null when it
    /// has named none or several.</summary>
    private static DocActor? OnlyStateSoFar(SentenceContext s)
    {
        DocActor? only = null;
        foreach (var a in s.Actors.All)
        {
            if (a.Kind != ActorKind.State || a.Mentions <= 0) continue;
            if (only is not null && only != a) return null;
            only = a;
        }
        return only;
    }

    /// <summary>"Government of Ethiopia" / "the Yemeni Government".</summary>
    private static int? TryGovernmentOf(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "government" || !s.Tokens[i].IsCapitalised || s.KeyAt(i + 1) != "of") return null;
        var at = s.KeyAt(i + 2) == "the" ? i + 3 : i + 2;
        if (at >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, at, s.Text) is not { } m || m.Entry.Actor.Kind != ActorKind.State) return null;
        var state = s.Actors.FromTemplate(m.Entry.Actor, s.Where, "lexicon");
        var government = Government(s, state);
        s.Actors.AddAlias(government, s.Span(i, at + m.Length - 1)); // as written: "Government of the Sudan"
        s.Add(government, i, at + m.Length - 1, MentionRole.Actor, "government-of");
        return at + m.Length;
    }

    public static DocActor Government(SentenceContext s, DocActor state)
    {
        var government = s.Actors.GetOrCreate("Government of " + state.Name, ActorKind.Government, state.Country, s.Where, "government-of");
        s.Actors.AddAlias(government, state.Adjective + " Government");
        s.Actors.AddAlias(government, state.Name + " government");
        government.Description ??= $"Government of {state.Name}, as named in the report.";
        return government;
    }

    /// <summary>"the Renamo Military Junta" after "Renamo" was met: a longer new body beginning with a name of the report
    /// (not one of the tables) is that body, not the name.</summary>
    private static int? LongerThanKnown(SentenceContext s, int i)
    {
        if (s.Lexicon.Match(s.Tokens, i, s.Text) is not null || MatchDocPhrase(s, i) is not { Actor.Kind: not ActorKind.Person, Length: var length }) return null;
        var continues = i + length < s.Tokens.Count && s.Tokens[i + length].IsCapitalised && s.Tokens[i + length].IsWord;
        return continues ? UnknownBodies.TryResolve(s, i) : null;
    }

    private static int? TryNamed(SentenceContext s, int i)
    {
        var tokens = s.Tokens;
        var lex = s.Lexicon.Match(tokens, i, s.Text);
        var (docActor, docLength) = MatchDocPhrase(s, i);
        if (docActor is not null && (lex is null || docLength >= lex.Value.Length))
        {
            var end = i + docLength;
            if (RoleWords.DocumentNouns.Contains(s.KeyAt(end))) return end;
            if (docActor.Kind != ActorKind.Person && Modifiers.TryAfter(s, docActor, i, end, EntryForm.Name) is { } after) return after;
            s.Add(docActor, i, end - 1, MentionRole.Actor, "known-name");
            if (PersonOfBody.LeaderAfter(s, docActor, end) is { } led) return led;
            if (docActor.Kind == ActorKind.Person) s.Discourse.LastPerson = docActor;
            return end;
        }
        if (lex is not { } match) return null;
        var entry = match.Entry;
        var j = i + match.Length;
        if (entry.Form == EntryForm.Capital) return Capital(s, entry, i, j);
        if (entry.Form == EntryForm.Combining || (entry.Actor.Kind == ActorKind.State && s.KeyAt(j) == "-" && j + 1 < tokens.Count &&
            s.Lexicon.Match(tokens, j + 1, s.Text) is { Entry.Actor.Kind: ActorKind.State }))
            return Compound(s, entry, i, j);
        if (RoleWords.DocumentNouns.Contains(s.KeyAt(j)) && entry.Form == EntryForm.Name) return j;
        if (entry.Form == EntryForm.DemonymPlural && s.KeyAt(i - 1) is "displaced" or "ordinary" or "civilian" or "wounded" or "detained" or "stranded" or "missing")
        {
            // "displaced Palestinians": a population, not the state.
            var name = char.ToUpperInvariant(s.Tokens[i - 1].Text[0]) + s.Tokens[i - 1].Text[1..] + " " + s.Tokens[i].Text;
            var people = s.Actors.GetOrCreate(name, ActorKind.Population, entry.Actor.Country, s.Where, "population");
            people.Description ??= $"{name}, a population named in the report.";
            s.Add(people, i - 1, j - 1, MentionRole.Adjectival, "population");
            return j;
        }
        var actor = s.Actors.FromTemplate(entry.Actor, s.Where, "lexicon");
        if (entry.Actor.Parent is { } parentName && s.Lexicon.ByName.TryGetValue(parentName, out var parentTemplate))
        {
            var parent = s.Actors.FromTemplate(parentTemplate, s.Where, "lexicon");
            parent.Mentions--;
            s.PartOf(actor, parent, "lexicon-parent", i, j - 1);
        }
        if (entry.Actor.Kind is ActorKind.ArmedGroup or ActorKind.Organisation) s.Discourse.LastGroup = actor;
        if (entry.Form == EntryForm.Name) DeFactoAuthorities.MarkIfBreakaway(s, actor, i);
        if (Modifiers.TryAfter(s, actor, i, j, entry.Form) is { } consumed) return consumed;
        var role = entry.Form switch
        {
            EntryForm.DemonymPlural => MentionRole.Actor,
            EntryForm.Demonym when s.KeyAt(i - 1) == "the" && !NextIsNoun(s, j) => MentionRole.Actor,
            EntryForm.Demonym => MentionRole.Adjectival,
            _ when IsPlace(s, i, actor) => MentionRole.Place,
            _ => MentionRole.Actor,
        };
        if (role == MentionRole.Adjectival && actor.Mentions <= 1) actor.Weak = true;
        s.Add(actor, i, j - 1, role, entry.Form == EntryForm.Name ? "lexicon-name" : "lexicon-demonym");
        return j;
    }

    private static bool NextIsNoun(SentenceContext s, int j) =>
        j < s.Tokens.Count && s.Tokens[j].IsWord && !Function.Contains(s.KeyAt(j));

    private static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "and", "or", "had", "have", "has", "were", "was", "are", "is", "did", "would", "will", "could", "should", "also",
        "in", "on", "at", "to", "of", "from", "with", "by", "for", "that", "who", "which", "lost", "wanted", "refused",
        "attacked", "scoring", "considered", "felt", "asked", "moved", "entered", "eventually", "agreed",
    };

    // A state or territory after "in", "at" or "into" is where something happens, not who acts.
    private static bool IsPlace(SentenceContext s, int i, DocActor actor)
    {
        if (actor.Kind is not (ActorKind.Territory or ActorKind.State)) return false;
        var before = s.KeyAt(i - 1) is "northern" or "southern" or "eastern" or "western" or "central" or "north" or "south" or "east" or "west" or "the" ? i - 2 : i - 1;
        return s.KeyAt(before) is "in" or "at" or "into" or "across" or "near" or "throughout" or "inside" or "within";
    }

    private static int Capital(SentenceContext s, LexiconEntry entry, int i, int j)
    {
        // A seat of a de facto authority ("Tiraspol") stands for its side, not for the state its territory is in.
        var seat = entry.Actor.Kind != ActorKind.State;
        if (!seat && entry.Actor.Country is { } country) s.Capitals.Add((i, country));
        // "the leadership in Moscow and Tokyo": a capital stands for its government only after such nouns.
        var previous = s.Mentions.LastOrDefault();
        var afterAnd = s.KeyAt(i - 1) == "and" && previous is { Rule: "capital" } && previous.Last == i - 2;
        // Not "met Hamas leaders in Cairo": another actor's leaders are only where they met.
        var afterSeat = s.KeyAt(i - 1) == "in" && s.KeyAt(i - 2) is "leadership" or "government" or "governments" or "officials" or "authorities" or "leaders"
            && !s.Mentions.Any(m => m.Last == i - 2);
        // "accused Moscow of", "between Moscow and Kyiv", "Washington said": the capital acts for its state.
        var acting = s.KeyAt(i - 1) is "accused" or "accuses" or "blamed" or "blames" or "urged" or "urges" or "pressed" or "presses" or "warned"
                or "criticised" or "criticized" or "condemned" or "between" or "told" or "asked"
            || s.KeyAt(ActingVerbAt(s, j)) is "said" or "says" or "accused" or "denied" or "rejected" or "warned" or "insisted" or "announced" or "refused"
            || s.KeyAt(j) == "and" && s.KeyAt(i - 1) == "between";
        if ((afterAnd || afterSeat || acting) && seat)
        {
            var side = s.Actors.FromTemplate(entry.Actor, s.Where, "lexicon");
            if (side.Kind == ActorKind.Territory) side.Authority = true;
            s.Add(side, i, j - 1, MentionRole.Actor, "capital");
        }
        else if ((afterAnd || afterSeat || acting) && s.Lexicon.ByCountry.TryGetValue(entry.Actor.Country ?? "", out var state))
            s.Add(s.Actors.FromTemplate(state, s.Where, "lexicon"), i, j - 1, MentionRole.Actor, "capital");
        return j;
    }

    /// <summary>The verb after a capital, past one adverb ("Tiraspol again insisted", "Moscow also denied").</summary>
    private static int ActingVerbAt(SentenceContext s, int j) =>
        s.KeyAt(j) is "again" or "also" or "still" or "repeatedly" or "immediately" or "later" or "swiftly" or "publicly" ? j + 1 : j;

    private static int Compound(SentenceContext s, LexiconEntry first, int i, int j)
    {
        // "Russo-Japanese War", "U.S.-Japanese cooperation": two states joined by a hyphen.
        if (s.KeyAt(j) != "-" || j + 1 >= s.Tokens.Count || s.Lexicon.Match(s.Tokens, j + 1, s.Text) is not { } second) return j;
        var a = s.Actors.FromTemplate(first.Actor, s.Where, "lexicon");
        var b = s.Actors.FromTemplate(second.Entry.Actor, s.Where, "lexicon");
        var end = j + 1 + second.Length;
        s.Add([a, b], i, end - 1, MentionRole.Adjectival, "compound");
        s.Compounds.Add((a, b, end));
        s.Discourse.NotePair(a, b);
        return end;
    }

    internal static (DocActor? Actor, int Length) MatchDocPhrase(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised) return (null, 0);
        var max = Math.Min(s.Actors.LongestPhraseFrom(s.Tokens[i].Key), s.Tokens.Count - i);
        for (var length = max; length >= 1; length--)
        {
            var key = string.Join(' ', Enumerable.Range(i, length).Select(k => s.Tokens[k].Key));
            if (s.Actors.Phrases.TryGetValue(key, out var actor)) return (actor, length);
        }
        return (null, 0);
    }

    /// <summary>"the ASEAN Observer Team (AOT)": the letters in brackets become an alias of the mention before.</summary>
    private static void AddAcronyms(SentenceContext s)
    {
        foreach (var m in s.Mentions.ToList())
        {
            var open = m.Last + 1;
            if (s.KeyAt(open) != "(" || s.KeyAt(open + 2) != ")") continue;
            var acronym = s.Tokens[open + 1].Text;
            if (acronym.Length is >= 2 and <= 8 && acronym.All(c => char.IsUpper(c) || c == '.') && m.Actors.Count == 1 && m.Role == MentionRole.Actor)
                s.Actors.AddAlias(m.Actor, acronym);
        }
    }
}
