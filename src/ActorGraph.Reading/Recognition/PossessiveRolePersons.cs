using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A person named beside an office held in a possessor: "The separatists' leader, NAME,", "the rebels' military
/// commander, NAME,", "The Secretary-General's Personal Representative in Nepal, NAME,", and the other way round: "NAME, the
/// chairmanship's special representative for ...". The possessor ends in "'s" (or a plural's bare apostrophe); up to three
/// qualifiers ("special", "military", "chief") may stand before the office noun, and a complement "in/for/to X" (up to eight
/// words) after it. The name has two to four capitalised words the tables do not know. When the possessor is a state, an
/// organisation or an armed group, a head's noun ("leader", "head", "chairman") leads it and any other is a member of it; a
/// person as possessor ("the Secretary-General's envoy") gives no tie (the office is that person's, not a body's).</summary>
internal static class PossessiveRolePersons
{
    private static readonly FrozenSet<string> OfficeNouns = PersonWords.PossessiveOffices;

    private static readonly FrozenSet<string> HeadNouns = PersonWords.PossessiveHeads;

    private static readonly FrozenSet<string> Qualifiers = PersonWords.PossessiveQualifiers;

    public static int? TryResolve(SentenceContext s, int i) => TryOfficeFirst(s, i) ?? TryNameFirst(s, i);

    /// <summary>"X's [qualifiers] OFFICE [complement], NAME": <paramref name="i"/> is the first word after the possessive.</summary>
    private static int? TryOfficeFirst(SentenceContext s, int i)
    {
        if (!IsPossessiveEnd(s, i - 1) || OfficeEnd(s, i) is not { } office) return null;
        var comma = PastComplement(s, office.End);
        if (s.KeyAt(comma) != ",") return null;
        var nameStart = comma + 1;
        var nameEnd = Persons.NameEnd(s, nameStart);
        if (!IsName(s, nameStart, nameEnd) || s.KeyAt(nameEnd) is not ("," or "." or "said" or "says" or "told")) return null;
        Person(s, i - 1, office.Noun, nameStart, nameEnd, s.Span(i, office.End - 1));
        return nameEnd;
    }

    /// <summary>"NAME, the X's [qualifiers] OFFICE": <paramref name="i"/> is the name's first word.</summary>
    private static int? TryNameFirst(SentenceContext s, int i)
    {
        if (!s.Tokens[i].IsCapitalised || s.KeyAt(i - 1) is "'s" or "the") return null;
        var nameEnd = Persons.NameEnd(s, i);
        // The two token checks first: IsName asks the lexicon at every word, and most names are followed by no ", the".
        if (s.KeyAt(nameEnd) != "," || s.KeyAt(nameEnd + 1) != "the" || !IsName(s, i, nameEnd)) return null;
        // The possessor: one to four words after "the", ending in a possessive.
        var k = nameEnd + 2;
        var limit = Math.Min(s.Tokens.Count - 1, k + 5);
        while (k < limit && !IsPossessiveEnd(s, k)) k++;
        if (!IsPossessiveEnd(s, k) || OfficeEnd(s, k + 1) is not { } office) return null;
        Person(s, k, office.Noun, i, nameEnd, s.Span(k + 1, office.End - 1));
        return nameEnd;
    }

    private static bool IsName(SentenceContext s, int start, int end) =>
        end - start is >= 2 and <= 6 && Enumerable.Range(start, end - start).All(x => s.Lexicon.Match(s.Tokens, x, s.Text) is null)
        && RoleWords.MatchTitle(s.Tokens, start) is null;

    /// <summary>Whether the token at <paramref name="k"/> closes a possessor: "'s", or a plural's bare apostrophe ("separatists'").</summary>
    private static bool IsPossessiveEnd(SentenceContext s, int k) =>
        k > 0 && k < s.Tokens.Count && (s.KeyAt(k) == "'s" || s.Tokens[k].Text is "'" or "’" && s.Tokens[k - 1].Text.EndsWith('s') && s.Tokens[k - 1].End == s.Tokens[k].Start);

    /// <summary>The office noun at or after <paramref name="k"/> (after up to three qualifiers) and the token after it; else null.</summary>
    private static (string Noun, int End)? OfficeEnd(SentenceContext s, int k)
    {
        var start = k;
        while (k - start < 3 && Qualifiers.Contains(s.KeyAt(k)) && (Qualifiers.Contains(s.KeyAt(k + 1)) || OfficeNouns.Contains(s.KeyAt(k + 1)))) k++;
        if (!OfficeNouns.Contains(s.KeyAt(k))) return null;
        return (s.KeyAt(k), k + 1);
    }

    /// <summary>The comma after a complement "in X", "for the X", "to X" of up to eight words, or <paramref name="end"/>.</summary>
    private static int PastComplement(SentenceContext s, int end)
    {
        if (s.KeyAt(end) is not ("in" or "for" or "to" or "on")) return end;
        for (var k = end + 1; k < Math.Min(s.Tokens.Count, end + 10); k++)
            if (s.KeyAt(k) is "," or ";" or ".") return s.KeyAt(k) == "," ? k : end;
        return end;
    }

    private static void Person(SentenceContext s, int possessive, string noun, int nameStart, int nameEnd, string title)
    {
        var person = Persons.PersonNamed(s, s.Span(nameStart, nameEnd - 1), title);
        var owner = s.Mentions.LastOrDefault(m => m.Last == possessive - 1 && m.IsArgument && m.Actors.Count == 1);
        if (owner?.Actor is { Kind: ActorKind.State or ActorKind.Organisation or ActorKind.ArmedGroup or ActorKind.Government } body)
        {
            s.Office(person, body, HeadNouns.Contains(noun) ? RoleKind.Leads : RoleKind.MemberOf, "possessive-office", nameStart);
            person.Country ??= body.Country;
        }
        person.Description ??= $"Named in the report as {title}.";
        s.Add(person, nameStart, nameEnd - 1, MentionRole.Actor, "possessive-office-person");
        s.Discourse.LastPerson = person;
    }
}
