using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>Talks named in a fronted "after N days of consultations in X, ..." clause are held by the two sides that are the
/// subject of the main clause after it ("..., the Government and the rebels reached agreement"); talks in a trailing ", after
/// N days of talks" clause by the two sides that open the sentence ("A and B agreed on Friday to ..., after four days of talks").</summary>
internal static class FrontedTalks
{
    /// <summary>The main clause's two sides when the trigger at <paramref name="first"/>..<paramref name="last"/> stands in a
    /// clause opened by "after" at the sentence's start or after a comma; null otherwise.</summary>
    public static (DocActor A, DocActor B)? MainSides(SentenceContext s, int first, int last)
    {
        var after = -1;
        for (var k = first - 1; k >= Math.Max(0, first - 6); k--)
        {
            if (s.KeyAt(k) is "," or ";" or ":") break;
            if (s.KeyAt(k) == "after") { after = k; break; }
        }
        if (after < 0 || (after > 0 && s.KeyAt(after - 1) != ",")) return null;
        // The first actor after the trigger opens the main clause: right after a comma (an article may stand between).
        var next = s.Mentions.Where(m => m.IsArgument && m.First > last).OrderBy(m => m.First).FirstOrDefault();
        if (next is not null && next.First - last <= 16 && s.KeyAt(next.First - 1 - (s.KeyAt(next.First - 1) == "the" ? 1 : 0)) == ",")
            return Joined(s, next);
        // "A and B agreed to restore relations, after four days of talks in X": a trailing clause after a comma; the main
        // clause's subject opens the sentence (an article or a dateline's dash may stand before it).
        if (after == 0) return null;
        var open = s.Mentions.Where(m => m.IsArgument && m.Last < after).OrderBy(m => m.First).FirstOrDefault();
        if (open is null) return null;
        var lead = open.First - (s.KeyAt(open.First - 1) == "the" ? 1 : 0);
        if (lead != 0 && !(lead <= 6 && s.KeyAt(lead - 1) is "—" or "–" or "-" && Enumerable.Range(0, lead - 1).All(k => s.Tokens[k].IsCapitalised || !s.Tokens[k].IsWord)))
            return null;
        return Joined(s, open);
    }

    /// <summary>Two sides from the mention <paramref name="next"/>: its own two actors, or it and the mention joined to it by "and"
    /// ("the Government of Yemen and the Houthi movement").</summary>
    private static (DocActor A, DocActor B)? Joined(SentenceContext s, Mention next)
    {
        if (next.Actors.Count == 2) return Sides(next.Actors[0], next.Actors[1]);
        if (next.Actors.Count != 1) return null;
        var second = s.Mentions.Where(m => m.IsArgument && m.First > next.Last).OrderBy(m => m.First).FirstOrDefault();
        if (second is null || second.Actors.Count != 1 || s.KeyAt(next.Last + 1) != "and") return null;
        if (second.First != next.Last + 2 && !(second.First == next.Last + 3 && s.KeyAt(next.Last + 2) == "the")) return null;
        return Sides(next.Actor, second.Actor);
    }

    private static (DocActor A, DocActor B)? Sides(DocActor a, DocActor b) =>
        a != b && PoliticalSides.IsSide(a) && PoliticalSides.IsSide(b) ? (a, b) : null;
}
