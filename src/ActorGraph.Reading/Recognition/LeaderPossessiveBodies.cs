using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>"Jean-Pierre Bemba's Movement for the Liberation of Congo (MLC)", "Etienne Tshisekedi's Union for Democracy and Social
/// Progress": a body the tables do not know, named right after a person's possessive, is led by that person. The body is read
/// as <see cref="UnknownBodies"/> reads it (a single head word with its "for ..." or "of ..." name too); a known body, a
/// state or a place after the possessive is left to the other rules.</summary>
internal static class LeaderPossessiveBodies
{
    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i - 1) is not ("'s" or "’s")
            || s.Mentions.LastOrDefault(m => m.Last == i - 2) is not { Role: MentionRole.Actor, Actors.Count: 1 } owner
            || owner.Actor.Kind != ActorKind.Person) return null;
        var end = AcronymBodies.TryResolve(s, i) ?? UnknownBodies.TryResolve(s, i) ?? UnknownBodies.SingleHead(s, i);
        if (end is null) return null;
        if (s.Mentions.LastOrDefault(m => m.First == i && m.Role == MentionRole.Actor) is { Actors.Count: 1 } body
            && body.Actor.Kind is ActorKind.ArmedGroup or ActorKind.Organisation)
            s.Office(owner.Actor, body.Actor, RoleKind.Leads, "leader-possessive-body", i);
        return end;
    }

    /// <summary>Whether the words from <paramref name="first"/> to the "'s" at <paramref name="apostrophe"/> hold a person's
    /// name: a given name followed by at least one more capitalised word ("Jean-Pierre Bemba", "With Etienne Tshisekedi").</summary>
    public static bool PersonNameBefore(SentenceContext s, int first, int apostrophe)
    {
        for (var j = Math.Max(0, first); j < apostrophe - 1; j++)
            if (s.Tokens[j].IsCapitalised && GivenNames.Contains(s.Tokens[j].Text)) return true;
        return false;
    }
}
