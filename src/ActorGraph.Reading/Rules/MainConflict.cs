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
            if (weight == 0 || exclude.Contains(r.Source) || exclude.Contains(r.Target)) continue;
            if (!Side(r.Source) || !Side(r.Target)) continue;
            var key = string.CompareOrdinal(r.Source.Id, r.Target.Id) < 0 ? (r.Source, r.Target) : (r.Target, r.Source);
            if (!counted.Add((key.Item1, key.Item2, r.Kind.Name))) continue;
            scores[key] = scores.GetValueOrDefault(key) + weight;
        }
        if (scores.Count == 0) return null;
        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1.Id, StringComparer.Ordinal).First();
        return best.Key;
    }

    private static bool Side(DocActor a) => a.Kind is ActorKind.State or ActorKind.ArmedGroup or ActorKind.Government or ActorKind.Organisation;
}
