using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Semantics;

/// <summary>Roll-up: people, agencies and delegations answer for the actor they lead or belong to (leads, part-of,
/// member-of; see <see cref="TieMeaning.IsOrganisational"/>). "Netanyahu, who leads Israel".</summary>
public static class RollUp
{
    /// <summary>How many organisational steps are followed at most (a person leading an agency of a state is two).</summary>
    public const int MaxDepth = 3;

    /// <summary>The actor itself, then every actor it answers for, nearest first (breadth-first, at most
    /// <see cref="MaxDepth"/> steps), each with the steps that lead there. Only reported or claimed ties known and
    /// valid at <paramref name="date"/> count (any date when null). O(steps × degree).</summary>
    public static IReadOnlyList<(string Id, ImmutableArray<RollUpStep> Steps)> Chain(ActorGraphData data, string actorId, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(data);
        var index = SemanticIndex.Of(data);
        var result = new List<(string, ImmutableArray<RollUpStep>)> { (actorId, []) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { actorId };
        for (var i = 0; i < result.Count; i++)
        {
            var (current, steps) = result[i];
            if (steps.Length >= MaxDepth) continue;
            foreach (var r in data.IncidentRelations(current))
            {
                var relation = data.Relations[r];
                if (relation.Source != current || !TieMeaning.IsOrganisational(relation.Kind)) continue;
                if (relation.Modality is not (Modality.Reported or Modality.Claimed) || !index.HoldsAt(r, date)) continue;
                if (data.FindActor(relation.Target) is not { } head || !seen.Add(head.Id)) continue;
                var name = data.FindActor(current)?.Name ?? current;
                var step = new RollUpStep(current, head.Id, relation.Kind.Name, relation.Id, $"{name}, {TieMeaning.RollUpPhrase(relation.Kind)} {head.Name}");
                result.Add((head.Id, steps.Add(step)));
            }
        }
        return result;
    }
}
