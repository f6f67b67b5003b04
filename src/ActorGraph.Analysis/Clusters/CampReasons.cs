using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Clusters;

/// <summary>Builds <see cref="CampReason"/>s: for each actor, the alignment and opposition ties behind its camp.</summary>
internal static class CampReasons
{
    private const int Shown = 3;

    public static ImmutableArray<CampReason> Explain(ActorGraphData data, List<SignedProjection.Tie> ties, ImmutableArray<int> clusterOfActor)
    {
        var n = data.Actors.Length;
        var aligned = new List<CampTie>[n];
        var opposed = new List<CampTie>[n];
        for (var i = 0; i < n; i++)
        {
            aligned[i] = [];
            opposed[i] = [];
        }
        foreach (var t in ties)
        {
            var same = clusterOfActor[t.U] == clusterOfActor[t.V];
            var list = t.Sign > 0 ? aligned : opposed;
            list[t.U].Add(new CampTie(data.Actors[t.V].Id, t.Kind, t.EvidenceId, Math.Round(t.Weight, 4), same));
            list[t.V].Add(new CampTie(data.Actors[t.U].Id, t.Kind, t.EvidenceId, Math.Round(t.Weight, 4), same));
        }
        var result = ImmutableArray.CreateBuilder<CampReason>(n);
        for (var i = 0; i < n; i++)
        {
            var a = Order(aligned[i]);
            var o = Order(opposed[i]);
            result.Add(new CampReason(data.Actors[i].Id, clusterOfActor[i] + 1, a, o, Summarise(data, a, o)));
        }
        return result.MoveToImmutable();
    }

    private static ImmutableArray<CampTie> Order(List<CampTie> ties) =>
        [.. ties.OrderByDescending(t => t.SameCamp).ThenByDescending(t => t.Strength).ThenBy(t => t.OtherId, StringComparer.Ordinal).ThenBy(t => t.EvidenceId, StringComparer.Ordinal)];

    private static string Summarise(ActorGraphData data, ImmutableArray<CampTie> aligned, ImmutableArray<CampTie> opposed)
    {
        var parts = new List<string>();
        var inside = aligned.Where(t => t.SameCamp).ToList();
        if (inside.Count > 0) parts.Add("aligned with " + Group(data, inside));
        else if (aligned.Length > 0) parts.Add("its alignment ties (" + Group(data, aligned) + ") were outweighed");
        else parts.Add("no alignment ties: a camp of its own (contact alone, such as mediating, does not make a camp)");
        if (opposed.Length > 0) parts.Add("opposed to " + Group(data, opposed));
        return string.Join("; ", parts);
    }

    private static string Group(ActorGraphData data, IEnumerable<CampTie> ties)
    {
        var byOther = ties.GroupBy(t => t.OtherId, StringComparer.Ordinal).ToList();
        var shown = byOther.Take(Shown).Select(g => $"{data.FindActor(g.Key)?.Name ?? g.Key} ({string.Join(", ", g.Select(t => t.Kind).Distinct())})");
        var more = byOther.Count > Shown ? $" and {byOther.Count - Shown} more" : "";
        return string.Join(", ", shown) + more;
    }
}
