using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The members of a group listed after "made up of", "composed of", "consisting of" or "comprising": "the Group of
/// Friends of the peace process, made up of A, B, C and D". They support or belong to a body; they are not the sides a
/// mediation cue of the same sentence mediates between.</summary>
internal static class GroupMembers
{
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { ",", "and", "the" };

    public static HashSet<DocActor> In(SentenceContext s)
    {
        var members = new HashSet<DocActor>();
        for (var k = 0; k < s.Tokens.Count; k++)
        {
            var start = ListStart(s, k);
            if (start < 0) continue;
            var next = start;
            foreach (var m in s.Mentions.Where(m => m.IsArgument && m.First >= start).OrderBy(m => m.First))
            {
                // Only ", ", "and" and "the" may stand between one member and the next.
                if (Enumerable.Range(next, m.First - next).Any(g => !Joiners.Contains(s.KeyAt(g)))) break;
                members.UnionWith(m.Actors);
                next = m.Last + 1;
            }
        }
        return members;
    }

    /// <summary>The token after "made up of", "composed of", "consisting of" or "comprising" at <paramref name="k"/>, else -1.</summary>
    private static int ListStart(SentenceContext s, int k) => s.KeyAt(k) switch
    {
        "made" when s.KeyAt(k + 1) == "up" && s.KeyAt(k + 2) == "of" => k + 3,
        "composed" or "consisting" when s.KeyAt(k + 1) == "of" => k + 2,
        "comprising" => k + 1,
        _ => -1,
    };
}
