using ActorGraph.Core.Model;
using ActorGraph.Reading.Lexicon;

namespace ActorGraph.Reading.Recognition;

/// <summary>An office named after "as" or held as a chairmanship: "X, who led the effort as chairman of the Organization of
/// African Unity", "Y, who had succeeded X as Chairman of the African Union", "Z, who held the rotating chairmanship of the
/// OSCE". The holder is the person named last before it in the sentence, not the one succeeded or replaced; the body or state
/// after "of" must be named. The tie is added beside any office the person already holds (a president of a state can chair an
/// organisation).</summary>
internal static class OfficeAs
{
    private static readonly HashSet<string> Chairs = new(StringComparer.Ordinal) { "chairmanship", "chairpersonship", "chair", "presidency" };

    private static readonly HashSet<string> Held = new(StringComparer.Ordinal) { "held", "holds", "holding", "hold", "assumed", "assumes", "took" };

    private static readonly HashSet<string> Succeeded = new(StringComparer.Ordinal) { "succeeded", "succeeding", "replaced", "replacing", "than", "like", "unlike" };

    public static void Note(SentenceContext s)
    {
        for (var k = 1; k < s.Tokens.Count - 3; k++)
        {
            var key = s.KeyAt(k);
            int of;
            RoleKind role;
            if (key == "as" && RoleWords.MatchTitle(s.Tokens, k + 1) is { Role: not RoleKind.Rank } title)
            {
                of = k + 1 + title.Length;
                role = title.Role;
            }
            // "held the (rotating) chairmanship of X": a chair held is the body's leadership.
            else if (Chairs.Contains(key) && (Held.Contains(s.KeyAt(k - 2)) && s.KeyAt(k - 1) == "the" || Held.Contains(s.KeyAt(k - 3)) && s.KeyAt(k - 2) == "the"))
            {
                of = k + 1;
                role = RoleKind.Leads;
            }
            else continue;
            if (s.KeyAt(of) != "of") continue;
            var at = s.KeyAt(of + 1) == "the" ? of + 2 : of + 1;
            if (s.Mentions.FirstOrDefault(m => m.First <= at && at <= m.Last && m.First > k && m.Actors.Count == 1) is not { Actor: { Kind: ActorKind.Organisation or ActorKind.State } body }) continue;
            if (Holder(s, k) is not { } person || person.Office?.Affiliation == body) continue;
            s.Office(person, body, role, "office-as", k);
        }
    }

    /// <summary>The person named last before token <paramref name="k"/>, skipping one succeeded or replaced ("who had succeeded
    /// X as Chairman": not X); null when a clause boundary (";"), another actor ("welcomed Norway, as chair of") or nobody comes first.</summary>
    private static DocActor? Holder(SentenceContext s, int k)
    {
        foreach (var m in s.Mentions.Where(m => m.Last < k && m.IsArgument).OrderByDescending(m => m.First))
        {
            if (Enumerable.Range(m.Last + 1, k - m.Last - 1).Any(t => s.KeyAt(t) is ";" or ":")) return null;
            if (m.Actors.Count != 1 || m.Actor.Kind != ActorKind.Person) return null;
            if (Succeeded.Contains(s.KeyAt(m.First - 1))) continue;
            return m.Actor;
        }
        return null;
    }
}
