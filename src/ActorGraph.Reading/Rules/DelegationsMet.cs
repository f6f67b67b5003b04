using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The delegations of two sides that met hold talks: "the delegations of the Kingdom of Morocco and of the Frente
/// POLISARIO have met here", "delegations from Eritrea and Ethiopia met in Algiers". Read backwards from the meeting verb at
/// <c>first</c>: optional "have / has / had", the second side, "and" (with an optional "of" / "from"), the first side, "of" or
/// "from", and "delegations" (or "representatives", "negotiators"). Not "the Presidents, together with the delegations of A and
/// B, met" (the delegations are with the subject, not it) nor a pair where either is no state, government, armed group or
/// political body.</summary>
internal static class DelegationsMet
{
    private static readonly HashSet<string> Nouns = new(StringComparer.Ordinal) { "delegations", "representatives", "negotiators" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "have", "has", "had", "finally", "now", "first", "again" };
    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal) { "with", "and", "to", "by", "of", "between", "among" };

    public static (DocActor A, DocActor B)? Pair(SentenceContext s, int first)
    {
        var k = first - 1;
        while (Auxiliaries.Contains(s.KeyAt(k))) k--;
        if (SideEndingAt(s, k) is not { } second) return null;
        k = Styled(s, second.First - 1);
        if (s.KeyAt(k) == "the") k--;
        if (s.KeyAt(k) is "of" or "from" && s.KeyAt(k - 1) == "and") k--;
        if (s.KeyAt(k) != "and") return null;
        if (SideEndingAt(s, k - 1) is not { } firstSide) return null;
        k = Styled(s, firstSide.First - 1);
        if (s.KeyAt(k) == "the") k--;
        if (s.KeyAt(k) is not ("of" or "from") || !Nouns.Contains(s.KeyAt(k - 1))) return null;
        k -= 2;
        if (s.KeyAt(k) is "the" or "two") k--;
        if (s.KeyAt(k) == "the") k--;
        if (Joining.Contains(s.KeyAt(k))) return null;
        var a = firstSide.Actors[0];
        var b = second.Actors[0];
        return a != b ? (a, b) : null;
    }

    /// <summary>"A delegation of the Syrian government, headed by X, and a delegation of armed opposition factions": two sides' own
    /// delegations joined by "and" make the pair that "the two delegations" and "the talks" stand for later (no relation: the
    /// sentence need not say they met). The side follows "delegation of" (after an optional "the"); a delegation of the same side
    /// twice, or one of no state, government, armed group or political body, gives none.</summary>
    public static void NotePairOfDelegations(SentenceContext s)
    {
        var sides = new List<(int At, DocActor Side)>();
        for (var k = 0; k + 2 < s.Tokens.Count; k++)
        {
            if (s.KeyAt(k) != "delegation" || s.KeyAt(k + 1) != "of") continue;
            var at = s.KeyAt(k + 2) == "the" ? k + 3 : k + 2;
            if (s.Mentions.FirstOrDefault(m => (m.First == at || m.First == k + 2) && m.Actors.Count == 1 && PoliticalSides.IsSide(m.Actor)) is { } side) sides.Add((k, side.Actor));
        }
        if (sides.Count != 2 || sides[0].Side == sides[1].Side) return;
        var before = sides[1].At - 1;
        if (s.KeyAt(before) is "a" or "the" or "its" or "their") before--;
        if (s.KeyAt(before) == "and") s.Discourse.NotePair(sides[0].Side, sides[1].Side);
    }

    private static readonly HashSet<string> Styles = new(StringComparer.Ordinal) { "kingdom", "republic", "state", "federation", "principality", "sultanate", "emirate" };

    /// <summary>"the Kingdom of Morocco" read as Morocco alone: the style and its "of" before the name are skipped.</summary>
    /// A capitalised word of the name the mention left out ("the Frente POLISARIO" read as POLISARIO) is skipped too.
    private static int Styled(SentenceContext s, int k)
    {
        if (s.KeyAt(k) == "of" && Styles.Contains(s.KeyAt(k - 1))) return k - 2;
        if (k > 0 && s.Tokens[k].IsCapitalised && s.KeyAt(k - 1) is "the" or "of" && !s.Mentions.Any(m => m.First <= k && k <= m.Last)) return k - 1;
        return k;
    }

    private static Mention? SideEndingAt(SentenceContext s, int last) =>
        s.Mentions.FirstOrDefault(m => m.Last == last && m.Actors.Count == 1 && PoliticalSides.IsSide(m.Actor));
}
