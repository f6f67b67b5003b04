using ActorGraph.Core.Model;
using ActorGraph.Reading.Rules;

namespace ActorGraph.Reading.Recognition;

/// <summary>"Thailand's National Security Council" after "the National Security Council" was met with no state: a state's
/// "'s" before a body the report already named, whose country no one gave, makes the body that state's and a part of it.
/// Only bodies the rules found (not the tables' entries) and only councils, commissions and other non-party bodies: a party or
/// movement named after a state's "'s" ("Ethiopia's Prosperity Party") is already read with its country.</summary>
internal static class StateBodies
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "'s" || i + 1 >= s.Tokens.Count) return null;
        if (s.Mentions.LastOrDefault(m => m.Last == i - 1) is not { Actors: [{ Kind: ActorKind.State } state] }) return null;
        var (body, length) = MentionFinder.MatchDocPhrase(s, i + 1);
        if (body is not { Kind: ActorKind.Organisation or ActorKind.Agency, Country: null, Template: null } || PoliticalSides.IsPoliticalBody(body)) return null;
        body.Country = state.Country;
        s.PartOf(body, state, "state-body", i - 1, i + length);
        s.Add(body, i + 1, i + length, MentionRole.Actor, "state-body");
        return i + 1 + length;
    }
}
