using System.Collections.Frozen;
using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>A person named after a lower-case description in apposition: "Malaysia's facilitator, the former armed forces
/// chief Zulkifli Zainal Abidin, said", "the envoy, the veteran diplomat Ana Ruiz Torres,". After a comma, "the", at most
/// four lower-case words ending in a person's noun, then a name of two to four capitalised words the tables do not know.
/// A one-word name ("the army chief Mahmoud") is not read: it cannot be told from a place or a body.</summary>
internal static class DescribedPersons
{
    private static readonly FrozenSet<string> PersonNouns = PersonWords.Described;

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "the") return null;
        // "the Algerian diplomat Lakhdar Brahimi", "headed by the Japanese diplomat NAME": a demonym among the words, and then
        // the description needs no comma before it (the demonym says the words describe a person of that state).
        var demonym = false;
        var k = i + 1;
        while (k - i <= 5 && k < s.Tokens.Count && !PersonNouns.Contains(s.KeyAt(k)))
        {
            if (s.Tokens[k] is { IsWord: true, IsCapitalised: false }) k++;
            else if (s.Tokens[k].IsCapitalised && s.Lexicon.Match(s.Tokens, k, s.Text) is { Entry.Form: EntryForm.Demonym, Length: 1 }) { demonym = true; k++; }
            else break;
        }
        if (s.KeyAt(i - 1) != "," && !demonym) return null;
        // "the French foreign minister Roland Dumas": a title the tables know after the demonym is read by the title rules, with
        // the state it gives.
        if (demonym && Enumerable.Range(i + 1, k - i).Any(j => RoleWords.MatchTitle(s.Tokens, j) is not null)) return null;
        if (!PersonNouns.Contains(s.KeyAt(k)) || k + 1 >= s.Tokens.Count || !s.Tokens[k + 1].IsCapitalised) return null;
        var nameStart = k + 1;
        var nameEnd = Persons.NameEnd(s, nameStart);
        if (nameEnd - nameStart < 2 || Enumerable.Range(nameStart, nameEnd - nameStart).Any(x => s.Lexicon.Match(s.Tokens, x, s.Text) is not null)) return null;
        var person = Persons.PersonNamed(s, s.Span(nameStart, nameEnd - 1), s.Span(i + 1, k));
        s.Add(person, nameStart, nameEnd - 1, MentionRole.Actor, "described-person");
        return nameEnd;
    }

    /// <summary>The person set beside the mediator noun at <paramref name="t"/> after a comma: "the ECOWAS mediator, General X",
    /// "Malaysia's facilitator, the former armed forces chief NAME" (lower-case words may come before the name); else null.</summary>
    public static DocActor? Beside(SentenceContext s, int t) =>
        s.KeyAt(t + 1) == "," && s.Mentions.FirstOrDefault(m => m.First >= t + 2 && m.First <= t + 8 && m.IsArgument && m.Actors.Count == 1
            && m.Actors[0].Kind == ActorKind.Person && Enumerable.Range(t + 2, m.First - t - 2).All(x => s.Tokens[x] is { IsWord: true, IsCapitalised: false })) is { } person
            ? person.Actors[0] : null;
}
