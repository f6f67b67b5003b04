using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Recognition;

/// <summary>"The Panel also facilitated talks", "the Commission said": "the" and a body's head noun alone (no "of", "for",
/// "on" or capitalised word after it, which would open a longer name) refer to the one body the report named whose name
/// ends in that noun ("the African Union High-Level Implementation Panel (AUHIP)"). With none or several such bodies
/// ("the Council" after two councils) nothing is read.</summary>
internal static class BodyByHead
{
    private static readonly HashSet<string> Heads = new(StringComparer.Ordinal)
    {
        "panel", "commission", "mission", "committee", "council", "team", "office", "forum", "mechanism", "troika", "quartet",
    };

    public static int? TryResolve(SentenceContext s, int i)
    {
        if (s.KeyAt(i) != "the" || !Heads.Contains(s.KeyAt(i + 1))) return null;
        var k = i + 1;
        if (s.KeyAt(k + 1) is "of" or "for" or "on" or "'s" || k + 1 < s.Tokens.Count && s.Tokens[k + 1].IsCapitalised && s.Tokens[k + 1].IsWord) return null;
        var head = s.KeyAt(k);
        var bodies = s.Actors.All.Where(a => a.Kind is ActorKind.Organisation or ActorKind.Agency
            && a.Name.Split(' ', '-').LastOrDefault()?.Equals(head, StringComparison.OrdinalIgnoreCase) == true).Distinct().ToList();
        if (bodies.Count != 1) return null;
        s.Add(bodies[0], i, k, MentionRole.Actor, "coref-body-head");
        return k + 1;
    }
}
