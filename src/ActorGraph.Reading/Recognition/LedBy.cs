using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"the army, led by General Abdel Fattah al-Burhan", "the paramilitary force, commanded by Mohamed
/// Hamdan Dagalo": a person named after "led/commanded/headed/chaired by" leads the actor just before; after "a Taliban
/// team headed by" the person is a member of the body whose team it is.</summary>
internal static class LedBy
{
    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "led", "commanded", "headed", "chaired" };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "by" || !Verbs.Contains(s.KeyAt(i - 1))) return null;
        var led = s.Mentions.LastOrDefault(m => m.Role == MentionRole.Actor && m.Last < i - 1);
        if (led is null || led.Actors.Count != 1 || led.Actor.Kind is ActorKind.Person or ActorKind.Territory or ActorKind.Population) return null;
        // "X, led by" or "X led by": nothing else in between but the acronym X is defined by ("the LNA (LNA), commanded by").
        var gapStart = s.KeyAt(led.Last + 1) == "(" && s.KeyAt(led.Last + 3) == ")" ? led.Last + 3 : led.Last;
        if (i - 1 - gapStart > 2) return null;
        var start = i + 1;
        var title = RoleWords.MatchTitle(s.Tokens, start);
        var nameStart = title is { } t ? start + t.Length : start;
        var nameEnd = Persons.NameEnd(s, nameStart);
        if (nameEnd - nameStart < 2 && title is null) return null; // one bare capitalised word is no name
        if (nameEnd == nameStart) return null;
        var person = Persons.PersonNamed(s, s.Span(nameStart, nameEnd - 1), title is null ? "" : s.Span(start, nameStart - 1));
        // "a Taliban team headed by X": X heads the team, a member of the body the team is of.
        // "the delegation of Rwanda, led by X": the head of a delegation is a member of the side it is of.
        var ofAt = s.KeyAt(led.First - 1) == "the" ? led.First - 2 : led.First - 1;
        var team = led.Last + 1 < i - 1 && RoleWords.Teams.Contains(s.KeyAt(led.Last + 1))
            || s.KeyAt(ofAt) == "of" && RoleWords.Teams.Contains(s.KeyAt(ofAt - 1));
        s.Office(person, led.Actor, team ? RoleKind.MemberOf : RoleKind.Leads, "led-by", nameStart);
        if (led.Actor.Country is { } country) person.Country ??= country;
        person.Description ??= $"Named in the report as leading {led.Actor.Name}.";
        s.Add(person, start, nameEnd - 1, MentionRole.Actor, "led-by");
        s.Discourse.LastPerson = person;
        return nameEnd;
    }
}
