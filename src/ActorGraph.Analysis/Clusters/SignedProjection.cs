using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Clusters;

/// <summary>Projects an <see cref="ActorGraphData"/> into the <see cref="SignedGraph"/> that clustering
/// uses: node i is <c>data.Actors[i]</c>; cooperative relations form the positive layer and hostile
/// relations the negative layer, both undirected; coercive and structural relations are left out.</summary>
/// <remarks>The relation filter (as-of date, minimum confidence, modalities, kinds) is the projection's
/// own <see cref="ProjectionOptions.Admits"/>, with the signs fixed to cooperative and hostile. A pair's
/// weight in a layer is the SUM of strength × confidence (<see cref="DistanceModel.StrengthOf"/>) over
/// its admitted relations of that sign: a strength, bigger = closer. O(V + E log d).</remarks>
public static class SignedProjection
{
    /// <summary>The signed, undirected view of <paramref name="data"/> under <paramref name="options"/>.</summary>
    public static SignedGraph ToSignedGraph(ActorGraphData data, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var filter = LayerFilter(options);
        filter.Validate();
        var index = GraphIndex.Of(data);
        var builder = new SignedGraphBuilder(data.Actors.Length);
        for (var r = 0; r < data.Relations.Length; r++)
        {
            var s = index.Sources[r];
            var t = index.Targets[r];
            if (s < 0 || t < 0 || s == t) continue;
            var relation = data.Relations[r];
            if (!filter.Admits(relation)) continue;
            var w = DistanceModel.StrengthOf(relation);
            if (relation.Sign == RelationSign.Cooperative) builder.AddPositive(s, t, w);
            else if (relation.Sign == RelationSign.Hostile) builder.AddNegative(s, t, w);
        }
        return builder.Build();
    }

    /// <summary>The caller's options (or the defaults) with the signs set to cooperative and hostile.</summary>
    public static ProjectionOptions LayerFilter(ProjectionOptions? options) =>
        (options ?? new ProjectionOptions()) with { Signs = SignSet.Cooperative | SignSet.Hostile, IncludeHostile = false };
}
