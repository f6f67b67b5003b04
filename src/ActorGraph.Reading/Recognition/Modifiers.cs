using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>What follows a state's or organisation's name or adjective decides what the phrase names:
/// a titled person ("Egyptian Major General ..."), an agency ("Egyptian general intelligence"), the
/// government, a delegation or envoys, speakers ("Hamas officials"), a population ("the Yemeni people"),
/// an organisation introduced by a descriptor ("the Lebanese militant group Hezbollah"), a body of an
/// organisation ("ASEAN Observer Team"), or the state acting ("the Russian fleet").</summary>
internal static class Modifiers
{
    /// <summary>Handles the phrase starting at <paramref name="i"/> whose name ends before <paramref name="j"/>;
    /// returns the token after the phrase, or null when nothing follows that changes the reading.</summary>
    public static int? TryAfter(SentenceContext s, DocActor actor, int i, int j, EntryForm form)
    {
        var start = s.KeyAt(i - 1) == "former" ? i - 1 : i;
        if (j >= s.Tokens.Count) return null;
        var agency = RoleWords.MatchLength(RoleWords.Agencies, s.Tokens, j);
        if (agency > 0 && actor.Kind == ActorKind.State) return Agency(s, actor, i, j, agency);
        if (RoleWords.MatchTitle(s.Tokens, j) is not null && Persons.TryTitleFirst(s, j, actor, start) is { } afterPerson) return afterPerson;
        if (actor.Kind == ActorKind.State && s.KeyAt(j) == "'s" && Possessive(s, actor, start, j + 1) is { } afterPossessive) return afterPossessive;

        if (actor.Kind == ActorKind.State && ArmedForces(s, actor, i, j) is { } afterForces) return afterForces;
        // "Venezuela's government": the state's government, as "the Venezuelan government".
        if (actor.Kind == ActorKind.State && s.KeyAt(j) == "'s" && s.KeyAt(j + 1) == "government" && !s.Tokens[j + 1].IsCapitalised)
        {
            s.Add(MentionFinder.Government(s, actor), i, j + 1, MentionRole.Actor, "government-possessive");
            return j + 2;
        }
        // "Yemen's internationally recognised government", "Sudan's transitional government": the same, with qualifiers between.
        if (actor.Kind == ActorKind.State && s.KeyAt(j) == "'s" && QualifiedGovernment(s, j + 1) is { } governmentAt)
        {
            s.Add(MentionFinder.Government(s, actor), i, governmentAt, MentionRole.Actor, "government-possessive-qualified");
            return governmentAt + 1;
        }
        if (s.KeyAt(j) == "government" && actor.Kind == ActorKind.State)
        {
            s.Add(MentionFinder.Government(s, actor), i, j, MentionRole.Actor, "government-adjective");
            return j + 1;
        }
        var group = RoleWords.MatchLength(RoleWords.GroupActors, s.Tokens, j);
        if (group > 0) return Group(s, actor, i, j, group);

        var speaker = RoleWords.MatchLength(RoleWords.Speakers, s.Tokens, j);
        if (speaker > 0 && ActingSpeaker(s, j, speaker))
        {
            s.Add(actor, i, j + speaker - 1, MentionRole.Actor, "officials-acting");
            return j + speaker;
        }
        if (speaker > 0)
        {
            s.Add(actor, i, j + speaker - 1, MentionRole.Speaker, "speaker");
            s.Discourse.LastSpeaker = actor;
            return j + speaker;
        }
        var population = RoleWords.MatchLength(RoleWords.Populations, s.Tokens, j, 1);
        if (population > 0 && form is EntryForm.Demonym)
        {
            var name = actor.Adjective + " " + s.Tokens[j].Text;
            var people = s.Actors.GetOrCreate(name, ActorKind.Population, actor.Country, s.Where, "population");
            people.Description ??= $"The {name} as a population named in the report.";
            s.Add(people, i, j, MentionRole.Adjectival, "population");
            return j + 1;
        }
        var k = j;
        while (k < s.Tokens.Count && RoleWords.Descriptors.Contains(s.KeyAt(k))) k++;
        if (k > j && k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry.Actor.Kind: ActorKind.ArmedGroup or ActorKind.Organisation } org)
        {
            var named = s.Actors.FromTemplate(org.Entry.Actor, s.Where, "lexicon");
            s.Add(named, i, k + org.Length - 1, MentionRole.Actor, "descriptor-name");
            s.Discourse.LastGroup = named;
            if (actor.Kind == ActorKind.State)
                s.PartOf(named, actor, "descriptor-based-in", i, k + org.Length - 1, RelationVocabulary.BasedIn);
            return k + org.Length;
        }
        if (actor.Kind is ActorKind.Organisation or ActorKind.ArmedGroup && Body(s, actor, i, j) is { } afterBody) return afterBody;

        var agentive = RoleWords.MatchLength(RoleWords.Agentive, s.Tokens, j, 2);
        if (agentive > 0 && actor.Kind == ActorKind.State)
        {
            s.Add(actor, i, j + agentive - 1, MentionRole.Actor, "agentive");
            return j + agentive;
        }
        return null;
    }

    private static readonly HashSet<string> ActingBodies = new(StringComparer.Ordinal)
    {
        "officials", "authorities", "leaders", "leadership", "representatives", "diplomats",
    };

    private static readonly HashSet<string> ActingVerbs = new(StringComparer.Ordinal)
    {
        "accused", "accuse", "accuses", "blamed", "blame", "blames", "condemned", "condemn", "condemns", "denounced",
        "rejected", "reject", "rejects", "criticised", "criticized", "threatened", "expelled", "sanctioned", "recognised",
        "recognized", "arrested", "detained",
        // "US officials helped broker the accord", "Turkish diplomats mediated": an act of mediation is the side's act too.
        "helped", "brokered", "mediated", "facilitated",
    };

    /// <summary>"Thai officials accused BRN fighters of ...", "the Sudanese authorities have rejected ...": the officials of
    /// a side as the subject of an act that is not speech (an accusation, a rejection, a condemnation) act for the side, so
    /// the phrase names the side, not a source. "Thai officials said" stays a speaker.</summary>
    private static bool ActingSpeaker(SentenceContext s, int j, int length)
    {
        if (!ActingBodies.Contains(s.KeyAt(j + length - 1))) return false;
        var k = j + length;
        if (s.KeyAt(k) is "have" or "has" or "had") k++;
        if (s.KeyAt(k) is "also" or "again" or "repeatedly" or "publicly" or "formally") k++;
        return ActingVerbs.Contains(s.KeyAt(k));
    }

    /// <summary>"Qatar's Prime Minister Sheikh X", "Egypt's intelligence chief, X": a state's possessive before a title with
    /// its holder's name, or before one of its agencies, reads as the state's adjective would.</summary>
    private static int? Possessive(SentenceContext s, DocActor state, int start, int k)
    {
        var agency = RoleWords.MatchLength(RoleWords.Agencies, s.Tokens, k);
        if (agency > 0 && Persons.NamedAfterTitle(s, k + agency)) return Agency(s, state, start, k, agency);
        if (Persons.NamedAfterTitle(s, k)) return Persons.TryTitleFirst(s, k, state, start);
        return null;
    }

    private static readonly HashSet<string> ForceHeads = new(StringComparer.Ordinal) { "forces", "force", "army" };

    /// <summary>"the Myanmar Armed Forces", "the Ethiopian National Defence Force", "the Russian Army": a state's name or
    /// adjective before capitalised words ending in forces or army names the state's regular army, an armed group of
    /// the state (the army that "the army" refers to later).</summary>
    private static int? ArmedForces(SentenceContext s, DocActor state, int i, int j)
    {
        var k = j;
        while (k < s.Tokens.Count && k - j < 4 && s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord && s.Lexicon.Match(s.Tokens, k, s.Text) is null) k++;
        if (k == j || !ForceHeads.Contains(s.KeyAt(k - 1)) || (k - j == 1 && s.KeyAt(j) != "army")) return null;
        var army = s.Actors.GetOrCreate(s.Span(i, k - 1), ActorKind.ArmedGroup, state.Country, s.Where, "state-armed-forces");
        army.Description ??= $"The regular armed forces of {state.Name}, as named in the report.";
        s.PartOf(army, state, "state-armed-forces", i, k - 1);
        s.Add(army, i, k - 1, MentionRole.Actor, "state-armed-forces");
        return k;
    }

    private static int Agency(SentenceContext s, DocActor state, int i, int j, int length)
    {
        var words = string.Join(' ', Enumerable.Range(j, length).Select(k => s.Tokens[k].Text));
        var title = System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words.ToLowerInvariant());
        var name = state.Adjective + " " + title;
        // "Egyptian intelligence" and "Egyptian general intelligence" are one agency: same state, same head noun.
        var head = s.Tokens[j + length - 1].Key;
        var agency = s.Actors.FindByName(name) ?? s.Actors.All.FirstOrDefault(a => a.Kind == ActorKind.Agency && a.Country == state.Country &&
            a.Name.EndsWith(head, StringComparison.OrdinalIgnoreCase)) ?? s.Actors.GetOrCreate(name, ActorKind.Agency, state.Country, s.Where, "agency");
        if (agency.Name != name) s.Actors.AddAlias(agency, name);
        s.Actors.AddAlias(agency, state.Adjective + " " + words.ToLowerInvariant());
        s.Actors.AddAlias(agency, s.Span(i, j + length - 1)); // as written: "Egypt's intelligence
        agency.Description ??= $"{state.Name}'s {words.ToLowerInvariant()} as named in the report.";
        s.PartOf(agency, state, "agency-of-state", i, j + length - 1);
        var end = j + length;
        // "Iranian Foreign Ministry spokesman Nasser Kanaani", "Egypt's intelligence chief, Hassan Rashad": a titled holder.
        if (Persons.NamedAfterTitle(s, end) && Persons.TryTitleFirst(s, end, agency, i) is { } afterHolder)
        {
            if (s.Mentions.LastOrDefault() is { Rule: "titled-person" } holder && holder.Actor.Kind == ActorKind.Person)
                s.Office(holder.Actor, state, RoleKind.MemberOf, "agency-holder-state", end);
            return afterHolder;
        }
        var speaker = RoleWords.MatchLength(RoleWords.Speakers, s.Tokens, end);
        s.Add(agency, i, end + speaker - 1, MentionRole.Actor, "agency");
        return end + speaker;
    }

    private static int Group(SentenceContext s, DocActor actor, int i, int j, int length)
    {
        var noun = string.Join(' ', Enumerable.Range(j, length).Select(k => s.Tokens[k].Key));
        // "the United Nations mission" after "the United Nations Support Mission in Libya (UNSMIL)": the body already named.
        if (KnownBody(s, actor, noun) is { } body)
        {
            s.Add(body, i, j + length - 1, MentionRole.Actor, "body-by-head-noun");
            return j + length;
        }
        var group = GroupOf(s, actor, noun);
        s.Add(group, i, j + length - 1, MentionRole.Actor, "group");
        return j + length;
    }

    /// <summary>The one body of the report whose name begins with the organisation's name and holds the noun as a word.</summary>
    private static DocActor? KnownBody(SentenceContext s, DocActor org, string noun)
    {
        if (org.Kind != ActorKind.Organisation || !RoleWords.BodyNouns.Contains(noun)) return null;
        var candidates = s.Actors.All.Where(a => a != org && a.Kind is ActorKind.Organisation or ActorKind.Agency
            && (a.Name.StartsWith(org.Name + " ", StringComparison.Ordinal) || a.Name.StartsWith(org.ShortForm + " ", StringComparison.Ordinal))
            && a.Name.Split(' ').Any(w => string.Equals(w, noun, StringComparison.OrdinalIgnoreCase))).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>The delegation or envoys of an actor ("Hamas delegation", "US envoys").</summary>
    public static DocActor GroupOf(SentenceContext s, DocActor actor, string noun)
    {
        noun = noun == "delegations" ? "delegation" : noun;
        var group = s.Actors.GetOrCreate(actor.ShortForm + " " + noun, noun.StartsWith("envoy", StringComparison.Ordinal) ? ActorKind.Government : ActorKind.Other,
            actor.Country, s.Where, "group-of-actor");
        if (!string.Equals(actor.ShortForm, actor.Name, StringComparison.Ordinal)) s.Actors.AddAlias(group, actor.Name + " " + noun);
        group.Description ??= $"{noun[0..1].ToUpperInvariant()}{noun[1..]} acting for {actor.Name}, as named in the report.";
        group.GroupFor ??= actor;
        if (group.Mentions <= 1) s.PartOf(group, actor, "group-of-actor", 0, 0);
        if (noun.StartsWith("delegation", StringComparison.Ordinal)) s.Discourse.LastDelegation = group;
        return group;
    }

    private static int? Body(SentenceContext s, DocActor org, int i, int j)
    {
        // "ASEAN Observer Team": capitalised words ending in a body noun make a body of the organisation.
        var k = j;
        // "AU Peace and Security Council": "and" between capitalised words stays inside the name.
        while (k < s.Tokens.Count && k - j < 5 && ((s.Tokens[k].IsCapitalised && s.Tokens[k].IsWord) ||
            (s.KeyAt(k) == "and" && k > j && k + 1 < s.Tokens.Count && s.Tokens[k + 1].IsCapitalised))) k++;
        if (k == j || !RoleWords.BodyNouns.Contains(s.KeyAt(k - 1))) return null;
        // "... Stabilization Mission in the Central African Republic (MINUSCA)": the name the acronym defines.
        var linked = UnknownBodies.LinkedNameWithAcronym(s, k - 1);
        if (linked is { } name) k = name.Last + 1;
        var body = s.Actors.GetOrCreate(s.Span(i, k - 1), ActorKind.Organisation, org.Country, s.Where, "body-of-organisation");
        if (linked is { } defined) s.Actors.AddAlias(body, defined.Acronym);
        body.Description ??= $"A body of {org.Name}, as named in the report.";
        s.PartOf(body, org, "body-of-organisation", i, k - 1);
        s.Add(body, i, k - 1, MentionRole.Actor, "body-of-organisation");
        return k;
    }

    /// <summary>Words that qualify a state's government without making it another body ("internationally recognised",
    /// "transitional", "elected").</summary>
    private static readonly HashSet<string> GovernmentQualifiers = new(StringComparer.Ordinal)
    {
        "internationally", "recognised", "recognized", "newly", "elected", "transitional", "interim", "provisional", "new", "legitimate",
        "federal", "central", "caretaker", "civilian", "current", "national", "constitutional", "exiled", "embattled",
    };

    /// <summary>The index of "government" after one to three qualifiers at <paramref name="k"/>, or null.</summary>
    private static int? QualifiedGovernment(SentenceContext s, int k)
    {
        var q = k;
        while (q < k + 3 && GovernmentQualifiers.Contains(s.KeyAt(q)) && !s.Tokens[q].IsCapitalised) q++;
        return q > k && s.KeyAt(q) == "government" && !s.Tokens[q].IsCapitalised ? q : null;
    }
}
