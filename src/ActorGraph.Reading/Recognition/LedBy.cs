using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"the army, led by General Abdel Fattah al-Burhan", "the paramilitary force, commanded by Mohamed
/// Hamdan Dagalo": a person named after "led/commanded/headed/chaired by" leads the actor just before. The head of a
/// team or delegation is a member of the side it acts for: "a Taliban team headed by X", "the Israeli delegation, led by
/// X", "the Government of X, represented by a delegation headed by Y", "The government's delegation was headed by Y".</summary>
internal static class LedBy
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "led", "commanded", "headed", "chaired", "founded" };

    /// <summary>A state's people after its demonym ("Algerian diplomats"), read as a team of the state.</summary>
    private static readonly HashSet<string> StatePeople = new(StringComparer.Ordinal) { "diplomats", "officials", "mediators", "negotiators", "envoys" };

    /// <summary>Words that may stand between a side and "headed by" when a team noun is among them.</summary>
    private static readonly HashSet<string> TeamGlue = new(StringComparer.Ordinal)
    {
        ",", "represented", "by", "a", "an", "the", "its", "their", "'s", "was", "is", "were", "are", "been", "has", "had", "own",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "by" || VerbBefore(s, i) is not { } verb) return null;
        var led = s.Mentions.LastOrDefault(m => m.Role == MentionRole.Actor && m.Last < verb);
        var statePeople = false;
        // "Algerian diplomats led by Foreign Minister X": the state's people, named by a demonym, are led by a member of the state.
        if (verb == i - 1 && StatePeople.Contains(s.KeyAt(i - 2)) && s.Mentions.LastOrDefault(m => m.First == i - 3 && m.Last <= i - 2)
                is { Role: MentionRole.Adjectival or MentionRole.Speaker, Actors.Count: 1 } demonym
            && demonym.Actor.Kind == ActorKind.State)
            (led, statePeople) = (demonym with { Role = MentionRole.Actor, Last = i - 2 }, true);
        if (led is null || led.Actors.Count != 1 || led.Actor.Kind is ActorKind.Territory or ActorKind.Population) return null;
        // "X, led by" or "X led by": nothing else in between but the acronym X is defined by ("the LNA (LNA), commanded by").
        var gapStart = s.KeyAt(led.Last + 1) == "(" && s.KeyAt(led.Last + 3) == ")" ? led.Last + 3 : led.Last;
        // "The government, known from 1989 as the State of Cambodia and led by X": an aside that names the actor again (its
        // other name) is passed over, and "and" may join the two descriptions.
        if (s.Asides.LastOrDefault(a => a.First == led.Last + 1) is { Last: > 0 } aside && aside.Last < verb)
            gapStart = s.KeyAt(aside.Last + 1) == "and" ? aside.Last + 1 : aside.Last;
        var teamInGap = TeamGap(s, gapStart + 1, verb - 1);
        if (verb - gapStart > 2 && !teamInGap) return null;
        // "Ghani's negotiators, led by X": a person's team acts for the person's office.
        var side = led.Actor.Kind == ActorKind.Person ? (teamInGap ? led.Actor.Office?.Affiliation : null) : led.Actor;
        if (side is null) return null;
        var start = i + 1;
        // "led by Mossad director David Barnea": a body's name before the title is passed over.
        var bodyWords = BodyBeforeTitle(s, start);
        var title = RoleWords.MatchTitle(s.Tokens, start + bodyWords);
        var nameStart = title is { } t ? start + bodyWords + t.Length : start;
        if (s.KeyAt(nameStart) == "former") nameStart++;
        if (title is null && s.KeyAt(start) == "former" && RoleWords.MatchTitle(s.Tokens, start + 1) is { } formerTitle) nameStart = start + 1 + formerTitle.Length;
        // "headed by the Japanese diplomat Yasushi Akashi": an article, at most two words and a lower-case person's noun.
        if (title is null && DescribedBefore(s, start) is { } described) nameStart = described;
        var nameEnd = Persons.NameEnd(s, nameStart);
        // One bare capitalised word is no name, unless it is a person the report has named ("chaired by Sihanouk").
        if (nameEnd - nameStart == 1 && title is null && !teamInGap && !statePeople && side.GroupFor is null && s.Actors.FindByName(s.Tokens[nameStart].Text) is { Kind: ActorKind.Person } known
            && s.Lexicon.Match(s.Tokens, nameStart, s.Text) is null)
        {
            s.Office(known, side, RoleKind.Leads, "led-by", nameStart);
            s.Add(known, nameStart, nameStart, MentionRole.Actor, "led-by");
            s.Discourse.LastPerson = known;
            return nameEnd;
        }
        if (nameEnd - nameStart < 2 && title is null) return null; // one bare capitalised word is no name
        if (nameEnd == nameStart) return null;
        var person = Persons.PersonNamed(s, s.Span(nameStart, nameEnd - 1), nameStart == start ? "" : s.Span(start, nameStart - 1));
        // "a Taliban team headed by X": X heads the team, a member of the body the team is of.
        // "the delegation of Rwanda, led by X": the head of a delegation is a member of the side it is of.
        var ofAt = s.KeyAt(led.First - 1) == "the" ? led.First - 2 : led.First - 1;
        var team = statePeople || teamInGap || s.KeyAt(ofAt) == "of" && RoleWords.Teams.Contains(s.KeyAt(ofAt - 1));
        if (side.GroupFor is { } actingFor)
        {
            // "the Israeli delegation, led by X": X is a member of Israel; the delegation keeps its head.
            s.Office(person, actingFor, RoleKind.MemberOf, "led-by-delegation", nameStart);
            s.Office(person, side, RoleKind.Leads, "led-by", nameStart);
        }
        else s.Office(person, side, team ? RoleKind.MemberOf : RoleKind.Leads, "led-by", nameStart);
        if (side.Country is { } country) person.Country ??= country;
        person.Description ??= $"Named in the report as leading {(team ? "a team of " : "")}{side.Name}.";
        s.Add(person, start, nameEnd - 1, MentionRole.Actor, "led-by");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }

    /// <summary>"the Japanese diplomat NAME", "a veteran negotiator NAME": where the name begins after an article, at most two
    /// modifiers and a lower-case person's noun at <paramref name="start"/>; null when the words are not so.</summary>
    private static int? DescribedBefore(SentenceContext s, int start)
    {
        if (s.KeyAt(start) is not ("the" or "a" or "an")) return null;
        for (var k = start + 1; k <= start + 3 && k + 1 < s.Tokens.Count; k++)
        {
            if (!s.Tokens[k].IsWord) return null;
            if (!s.Tokens[k].IsCapitalised && PersonWords.BeforeName.Contains(s.KeyAt(k)) && s.Tokens[k + 1].IsCapitalised) return k + 1;
        }
        return null;
    }

    /// <summary>The verb before "by": just before it, or before "in YEAR" ("FACT, founded in 2016 by X"); null if none.</summary>
    private static int? VerbBefore(SentenceContext s, int by)
    {
        if (Verbs.Contains(s.KeyAt(by - 1))) return by - 1;
        var year = s.KeyAt(by - 1);
        return year.Length == 4 && year.All(char.IsAsciiDigit) && s.KeyAt(by - 2) == "in" && Verbs.Contains(s.KeyAt(by - 3)) ? by - 3 : null;
    }

    /// <summary>Whether the tokens from <paramref name="first"/> to <paramref name="last"/> are a team noun with glue only
    /// ("represented by a delegation", "'s negotiators", "delegation was").</summary>
    private static bool TeamGap(SentenceContext s, int first, int last)
    {
        if (last - first > 6) return false;
        var team = false;
        for (var k = first; k <= last; k++)
        {
            if (RoleWords.Teams.Contains(s.KeyAt(k)) || RoleWords.GroupActors.Contains(s.KeyAt(k))) team = true;
            else if (!TeamGlue.Contains(s.KeyAt(k))) return false;
        }
        return team;
    }

    /// <summary>The number of capitalised words (at most two, not a title) before a lower-case title and a name.</summary>
    private static int BodyBeforeTitle(SentenceContext s, int start)
    {
        for (var n = 1; n <= 2; n++)
        {
            var k = start + n - 1;
            if (k >= s.Tokens.Count || !s.Tokens[k].IsCapitalised || !s.Tokens[k].IsWord || RoleWords.MatchTitle(s.Tokens, k) is not null) return 0;
            if (RoleWords.MatchTitle(s.Tokens, k + 1) is { Role: not RoleKind.Rank } && !s.Tokens[k + 1].IsCapitalised) return n;
        }
        return 0;
    }
}
