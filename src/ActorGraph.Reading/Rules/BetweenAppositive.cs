using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>"fighting between the Isatabu Freedom Movement (IFM), a Guadalcanal militia, and the Malaita Eagle Force": an
/// appositive set off by commas after the first of the pair (a description opening with "a", "an" or "the", no actor and no
/// verb of its own; a body read from an indefinite description is that description) does not end the "between" list; the actor after ", and" is the second of the pair (found in held-out
/// report 109, issue 14, reports, fourth round). "between A, B and C" (a list) is left to the list rule.</summary>
internal static class BetweenAppositive
{
    public static (DocActor A, DocActor B)? Pair(SentenceContext s, Mention first)
    {
        var comma = first.Last + 1;
        // "the Isatabu Freedom Movement (IFM), a ...": past an acronym in brackets.
        if (s.KeyAt(comma) == "(") for (var k = comma + 1; k < Math.Min(s.Tokens.Count, comma + 5); k++) if (s.KeyAt(k) == ")") { comma = k + 1; break; }
        if (s.KeyAt(comma) != "," || s.KeyAt(comma + 1) is not ("a" or "an" or "the")) return null;
        for (var k = comma + 2; k < Math.Min(s.Tokens.Count, comma + 10); k++)
        {
            if (s.KeyAt(k) is ";" or "." or "and" or "or" or "which" or "who" or "that" || s.Mentions.Any(m => m.IsArgument && m.First <= k && k <= m.Last && !Description(s, comma, m) && m.Actors.Any(a => a.Kind is not (ActorKind.Territory or ActorKind.Population)))) return null;
            if (s.KeyAt(k) != ",") continue;
            if (s.KeyAt(k + 1) != "and") return null;
            var second = s.Mentions.Where(m => m.IsArgument && (m.First == k + 2 || m.First == k + 3 && s.KeyAt(k + 2) == "the")).MinBy(m => m.First);
            if (second is null || second.Actors.Count != 1 || first.Actors.Count != 1 || second.Actors[0] == first.Actors[0]) return null;
            return (first.Actors[0], second.Actors[0]);
        }
        return null;
    }

    /// <summary>"a Guadalcanal militia": a body read from the indefinite description itself (right after "a" or "an") describes
    /// the first side; "the police" after a comma is a third item of a list, not a description.</summary>
    private static bool Description(SentenceContext s, int comma, Mention m) => m.First == comma + 2 && s.KeyAt(comma + 1) is "a" or "an";
}
