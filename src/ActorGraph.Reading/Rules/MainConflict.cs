using ActorGraph.Core.Model;
using ActorGraph.Reading.Recognition;

namespace ActorGraph.Reading.Rules;

/// <summary>The report's main pair of sides: the pair with the most conflict, agreement and negotiation
/// ties (war and ceasefire weigh most), used when a sentence names mediators or demands without naming
/// the sides.</summary>
internal static class MainConflict
{
    public static (DocActor A, DocActor B)? Find(IEnumerable<RawRelation> relations, IReadOnlyCollection<DocActor> exclude)
    {
        var scores = new Dictionary<(DocActor, DocActor), double>();
        var counted = new HashSet<(DocActor, DocActor, string)>();
        foreach (var r in relations)
        {
            var weight = r.Kind.Name switch
            {
                "armed-conflict" or "agrees-ceasefire" or "negotiates" => 3.0,
                "attacks" or "accuses" => 2.0,
                "meets" or "rejects" or "demands" or "threatens" => 1.0,
                _ => 0.0,
            };
            // Two leaders who meet or talk stand for the sides they lead ("a meeting between President X of A and Y, leader of B").
            var (source, target) = (Led(r.Source), Led(r.Target));
            if (weight == 0 || source == target || exclude.Contains(source) || exclude.Contains(target)) continue;
            if (!Side(source) || !Side(target)) continue;
            var key = string.CompareOrdinal(source.Id, target.Id) < 0 ? (source, target) : (target, source);
            if (!counted.Add((key.Item1, key.Item2, r.Kind.Name))) continue;
            scores[key] = scores.GetValueOrDefault(key) + weight;
        }
        if (scores.Count == 0) return null;
        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1.Id, StringComparer.Ordinal).First();
        return best.Key;
    }

    /// <summary>The state, government or armed group a leader leads, else the actor itself.</summary>
    public static DocActor Led(DocActor a) =>
        a.Kind == ActorKind.Person && a.Office is { Role: Lexicon.RoleKind.Leads, Affiliation: var led } && PoliticalSides.IsSide(led) ? led : a;

    private static bool Side(DocActor a) => PoliticalSides.IsSide(a);
}
