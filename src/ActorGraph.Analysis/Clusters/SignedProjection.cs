using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Clusters;

/// <summary>Projects an <see cref="ActorGraphData"/> into the <see cref="SignedGraph"/> that camps are found in:
/// node i is <c>data.Actors[i]</c>; ties of alignment form the positive layer and ties of opposition the negative
/// layer, both undirected (see <see cref="TieMeaning.CampEffect"/>). Camps mean alignment, not contact.</summary>
/// <remarks>
/// <para>Positive: supports, cooperates, allied, leads, part-of, member-of. Negative: accuses, attacks,
/// armed-conflict, threatens, sanctions, agrees-ceasefire, and every pair of parties of one mediation process
/// (weight: the process's confidence). Mediation, negotiation, meetings and engagement take no part: a mediator
/// talks to both sides and joins neither, so an actor with only contact ties is a camp of its own.</para>
/// <para>The filter (the one time rule, minimum confidence, modalities, kinds) is the projection's own
/// <see cref="ProjectionOptions.AdmitsFact"/>. A pair's weight in a layer is the SUM of strength × confidence
/// (<see cref="DistanceModel.StrengthOf"/>) over its ties of that sign: a strength, bigger = closer. O(V + E log d).</para>
/// </remarks>
public static class SignedProjection
{
    /// <summary>One admitted camp tie between actor indexes <paramref name="U"/> and <paramref name="V"/>.</summary>
    internal readonly record struct Tie(int U, int V, string Kind, string EvidenceId, double Weight, int Sign);

    /// <summary>The signed, undirected view of <paramref name="data"/> under <paramref name="options"/>.</summary>
    public static SignedGraph ToSignedGraph(ActorGraphData data, ProjectionOptions? options = null) =>
        Build(Ties(data, options), data.Actors.Length);

    /// <summary>The caller's options (or the defaults) with every sign admitted: which ties count is decided by
    /// <see cref="TieMeaning.CampEffect"/>, not by the sign filter.</summary>
    public static ProjectionOptions LayerFilter(ProjectionOptions? options) =>
        (options ?? new ProjectionOptions()) with { Signs = SignSet.All, IncludeHostile = false };

    internal static SignedGraph Build(List<Tie> ties, int n)
    {
        var builder = new SignedGraphBuilder(n);
        foreach (var t in ties)
        {
            if (t.Sign > 0) builder.AddPositive(t.U, t.V, t.Weight);
            else builder.AddNegative(t.U, t.V, t.Weight);
        }
        return builder.Build();
    }

    internal static List<Tie> Ties(ActorGraphData data, ProjectionOptions? options)
    {
        ArgumentNullException.ThrowIfNull(data);
        var filter = LayerFilter(options);
        filter.Validate();
        var index = SemanticIndex.Of(data);
        var ties = new List<Tie>();
        for (var r = 0; r < index.OwnRelations; r++)
        {
            var s = index.Sources[r];
            var t = index.Targets[r];
            if (s < 0 || t < 0 || s == t) continue;
            var relation = data.Relations[r];
            var effect = TieMeaning.CampEffect(relation.Kind);
            if (effect == 0 || !filter.AdmitsFact(index, r)) continue;
            ties.Add(new Tie(s, t, relation.Kind.Name, relation.Id, DistanceModel.StrengthOf(relation), effect));
        }
        if (!filter.IncludeProcesses) return ties;
        var date = filter.Scope.FilterDate(index.LatestDate);
        for (var p = 0; p < data.Processes.Length; p++)
        {
            var process = data.Processes[p];
            if (process.Confidence < filter.MinConfidence || (date is not null && !index.ProcessHoldsAt(p, date))) continue;
            var parties = process.Parties.Select(data.IndexOf).Where(i => i >= 0).Distinct().ToArray();
            for (var i = 0; i < parties.Length; i++)
            {
                for (var j = i + 1; j < parties.Length; j++)
                    ties.Add(new Tie(parties[i], parties[j], "co-party", process.Id, Math.Clamp(process.Confidence, 0, 1), -1));
            }
        }
        return ties;
    }
}
