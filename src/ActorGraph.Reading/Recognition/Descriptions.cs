using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A person introduced by a description rather than a title, after the name and a comma: "Wang Yi, China's
/// most senior diplomat" (member of the state before the noun), "Abdul Ghani Baradar, a co-founder of the movement"
/// (member of the body after "of"), "Zalmay Khalilzad, a veteran Afghan-American diplomat" (a person, no affiliation
/// read: a hyphenated origin is no office). Up to four modifiers may stand before the noun.</summary>
internal static class Descriptions
{
    /// <summary>Words that end the modifiers: a clause or another phrase begins.</summary>
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "of", "and", "or", "who", "which", "that", "to", "in", "on", "at", "for", "with", "by", "from", "the", "a", "an",
        "said", "says", "told", "was", "is", "has", "had", "have", "were", "are", "will", "would",
    };

    /// <summary>A description read at <paramref name="comma"/>: the state named before the noun (or null), the role,
    /// the token after the noun, and the title text.</summary>
    private readonly record struct Reading(DocActor? State, RoleKind Role, int NounEnd, string Noun);

    /// <summary>Reads "NAME, [a|the] [STATE's|STATE-adj] modifiers NOUN" where the name ends at <paramref name="comma"/>;
    /// creates the person and returns the token after the phrase, or null when no description follows.</summary>
    public static int? TryAfterName(SentenceContext s, int nameStart, int comma)
    {
        if (Read(s, comma) is not { } reading) return null;
        var person = Persons.PersonNamed(s, s.Span(nameStart, comma - 1), reading.Noun);
        s.Add(person, nameStart, comma - 1, MentionRole.Actor, "name-then-description");
        s.Discourse.LastPerson = person;
        return Apply(s, person, reading, comma);
    }

    /// <summary>The same description after a person already read ("Mullah Abdul Ghani Baradar, a co-founder of ...").</summary>
    public static int? TryAfterPerson(SentenceContext s, DocActor person, int comma) =>
        Read(s, comma) is { } reading ? Apply(s, person, reading, comma) : null;

    private static int Apply(SentenceContext s, DocActor person, Reading reading, int comma)
    {
        var end = reading.NounEnd;
        // "Switzerland's ambassador to Mozambique": the state posted to is where the office is held, not an actor here.
        if (s.KeyAt(end) is "to" or "in" && s.Lexicon.Match(s.Tokens, end + 1, s.Text) is { } posted)
        {
            var host = s.Actors.FromTemplate(posted.Entry.Actor, s.Where, "lexicon");
            host.Weak = false;
            s.Add(host, end + 1, end + posted.Length, MentionRole.Place, "posted-to");
            end += 1 + posted.Length;
        }
        person.Description ??= $"Named in the report as {s.Span(comma + 1, end - 1)}.";
        if (s.KeyAt(end) == "of" && reading.State is null)
        {
            // "a co-founder of the movement": the next mention after "of" is the body the person belongs to.
            var at = s.KeyAt(end + 1) == "the" ? end + 2 : end + 1;
            s.Discourse.PendingOffice = (person, reading.Role, at);
            return end + 1; // from the article on, so that "the movement" is read as a reference
        }
        if (reading.State is { } state)
        {
            s.Office(person, state, reading.Role, "name-then-description", comma + 1);
            person.Country ??= state.Country;
        }
        return end;
    }

    private static Reading? Read(SentenceContext s, int comma)
    {
        if (s.KeyAt(comma) != ",") return null;
        var k = comma + 1;
        var determiner = s.KeyAt(k) is "the" or "a" or "an";
        if (determiner) k++;
        DocActor? state = null;
        if (k < s.Tokens.Count && s.Lexicon.Match(s.Tokens, k, s.Text) is { } of && of.Entry.Actor.Kind is ActorKind.State or ActorKind.Organisation
            && (s.KeyAt(k + of.Length) == "'s" || of.Entry.Form == EntryForm.Demonym && s.KeyAt(k + of.Length) != "-"))
        {
            state = s.Actors.FromTemplate(of.Entry.Actor, s.Where, "lexicon");
            k += of.Length + (s.KeyAt(k + of.Length) == "'s" ? 1 : 0);
        }
        if (!determiner && state is null) return null;
        for (var modifiers = 0; modifiers <= 4; modifiers++)
        {
            var noun = RoleWords.MatchLength(RoleWords.PersonNouns, s.Tokens, k, 3);
            if (noun > 0 && s.KeyAt(k + noun) is "," or "." or "of" or "who" or ";" or "" or "said")
                return new Reading(state, RoleKind.MemberOf, k + noun, s.Span(k, k + noun - 1));
            // After a state, a title reads as in "Antonio Guterres, the UN secretary-general" (kept to titles after a possessive).
            if (state is not null && RoleWords.MatchTitle(s.Tokens, k) is { } title && s.KeyAt(k + title.Length) is "," or "." or "" or "said" or "to" or "in")
                return new Reading(state, title.Role == RoleKind.Rank ? RoleKind.MemberOf : title.Role, k + title.Length, s.Span(k, k + title.Length - 1));
            if (!IsModifier(s, k)) return null;
            k++;
        }
        return null;
    }

    /// <summary>A lower-case word that is no clause word, or a part of a hyphenated compound ("Afghan-American").</summary>
    private static bool IsModifier(SentenceContext s, int k)
    {
        if (k >= s.Tokens.Count) return false;
        var t = s.Tokens[k];
        if (t.Text == "-") return true;
        if (t.IsCapitalised) return s.KeyAt(k + 1) == "-" || s.KeyAt(k - 1) == "-";
        return t.IsWord && !Stops.Contains(t.Key);
    }
}
