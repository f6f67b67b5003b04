using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>Turns an <see cref="ActorGraphData"/> into graphs for algorithms, under <see cref="ProjectionOptions"/>.</summary>
public static class GraphProjection
{
    /// <summary>The analysis graph: vertex i is <c>data.Actors[i]</c>; every admitted relation is an arc (and a second,
    /// reversed arc when <see cref="ProjectionOptions.BothWays"/> says so), then arcs are collapsed to the shortest per (u, v).
    /// The result is a QuikGraph graph too (<see cref="CompactGraph"/>). Edge distances come from the options' <see cref="DistanceModel"/>,
    /// with ages measured at the as-of date, else at the latest date in the data. O(V + E).</summary>
    public static CompactGraph ToCompact(ActorGraphData data, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ProjectionOptions.Paths;
        options.Validate();
        var model = options.EffectiveDistance;
        var index = GraphIndex.Of(data);
        var reference = options.AsOf ?? index.LatestDate;
        var capacity = data.Relations.Length * 2;
        var src = new int[capacity];
        var dst = new int[capacity];
        var dist = new double[capacity];
        var strength = new double[capacity];
        var origin = new int[capacity];
        var m = 0;
        for (var r = 0; r < data.Relations.Length; r++)
        {
            var s = index.Sources[r];
            var t = index.Targets[r];
            if (s < 0 || t < 0 || s == t) continue;
            var relation = data.Relations[r];
            if (!options.Admits(relation)) continue;
            var d = model.DistanceOf(relation, reference);
            var w = DistanceModel.StrengthOf(relation);
            src[m] = s; dst[m] = t; dist[m] = d; strength[m] = w; origin[m] = r; m++;
            if (options.BothWays(relation.Kind))
            {
                src[m] = t; dst[m] = s; dist[m] = d; strength[m] = w; origin[m] = r; m++;
            }
        }
        var ids = data.Actors.Select(a => a.Id).ToArray();
        return CompactGraph.Build(data.Actors.Length, src.AsSpan(0, m), dst.AsSpan(0, m), dist.AsSpan(0, m), strength.AsSpan(0, m), origin.AsSpan(0, m), ids, data, options, reference);
    }

    /// <summary>Like <see cref="ToCompact"/>, but kept with the graph: asking again for the same data and equal options
    /// returns the same <see cref="CompactGraph"/> (O(1)). Up to 8 projections are kept per graph (the oldest is dropped);
    /// they are freed with the graph. Thread-safe.</summary>
    public static CompactGraph Cached(ActorGraphData data, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ProjectionCache.Get(data, options ?? ProjectionOptions.Paths);
    }
}
