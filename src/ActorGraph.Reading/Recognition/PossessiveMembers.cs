using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"Russia's Sergei Lavrov", "the European Union's Javier Solana": a state's or an organisation's possessive right
/// before a person's name, with no title between, makes the person a member of it. The convention (issue 14, `names`): the
/// words say only that the person is the state's or body's; which office they hold (head, minister, envoy) is world knowledge,
/// so the reader writes `member-of`, which every office entails, and writes `leads` only where a head's title is in the text
/// ("Ghana's President John Kufuor" is read by the title rules). A person who already holds an office is left as read.</summary>
internal static class PossessiveMembers
{
    public static void Note(SentenceContext s)
    {
        foreach (var m in s.Mentions.ToList())
        {
            if (m.Actors.Count != 1 || m.Actor.Kind != ActorKind.Person || m.Actor.Office is not null || m.Role != MentionRole.Actor) continue;
            if (s.KeyAt(m.First - 1) is not ("'s" or "’s")) continue;
            if (s.Mentions.LastOrDefault(x => x.Last == m.First - 2) is not { Actors.Count: 1 } owner
                || owner.Actor.Kind is not (ActorKind.State or ActorKind.Organisation)) continue;
            s.Office(m.Actor, owner.Actor, RoleKind.MemberOf, "possessive-member", m.First);
            if (owner.Actor.Kind == ActorKind.State) m.Actor.Country ??= owner.Actor.Country;
        }
    }
}
