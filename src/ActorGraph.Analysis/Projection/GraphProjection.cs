using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>Turns an <see cref="ActorGraphData"/> into graphs for algorithms, under <see cref="ProjectionOptions"/>.</summary>
public static class GraphProjection
{
    /// <summary>Relations per unit of parallel work in <see cref="ToCompact"/>.</summary>
    private const int ChunkSize = 1 << 15;

    /// <summary>The analysis graph: vertex i is <c>data.Actors[i]</c>; every admitted relation is an arc (and a second,
    /// reversed arc when <see cref="ProjectionOptions.BothWays"/> says so), then arcs are collapsed to the shortest per (u, v).
    /// Mediation processes give one <c>mediates</c> arc per mediator and party (see <see cref="SemanticIndex"/>).
    /// The result is a QuikGraph graph too (<see cref="CompactGraph"/>). Edge distances come from the options' <see cref="DistanceModel"/>,
    /// with ages measured at the as-of date, else at the latest date on record (a channel of a process still open has
    /// age 0). Edge origins are relation numbers of <see cref="SemanticIndex"/> (the graph's relations, then channels). O(V + E);
    /// the per-relation work is spread over the cores, with the same result as one thread.</summary>
    public static CompactGraph ToCompact(ActorGraphData data, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ProjectionOptions.Paths;
        options.Validate();
        var model = options.EffectiveDistance;
        var index = SemanticIndex.Of(data);
        var reference = options.Scope.Reference(index.LatestDate);
        // Two passes over fixed chunks of relations, each spread over the cores: how many arcs each relation gives (0, 1
        // or 2), then the arcs themselves at their chunk's offset, so the arc order (and the graph) is the same as one
        // sequential pass would give, and the arc arrays have their exact size.
        var total = index.RelationCount;
        var arcCount = new byte[total];
        var chunks = (total + ChunkSize - 1) / ChunkSize;
        var chunkStart = new int[chunks + 1];
        Parallel.For(0, chunks, c =>
        {
            var sum = 0;
            for (var r = c * ChunkSize; r < Math.Min(total, (c + 1) * ChunkSize); r++)
            {
                var s = index.Sources[r];
                var t = index.Targets[r];
                if (s < 0 || t < 0 || s == t || !options.Admits(index, r)) continue;
                arcCount[r] = (byte)(options.BothWays(index.RelationAt(r).Kind) ? 2 : 1);
                sum += arcCount[r];
            }
            chunkStart[c + 1] = sum;
        });
        for (var c = 0; c < chunks; c++) chunkStart[c + 1] += chunkStart[c];
        var m = chunkStart[chunks];
        var src = new int[m];
        var dst = new int[m];
        var dist = new double[m];
        var strength = new double[m];
        var origin = new int[m];
        Parallel.For(0, chunks, c =>
        {
            var k = chunkStart[c];
            for (var r = c * ChunkSize; r < Math.Min(total, (c + 1) * ChunkSize); r++)
            {
                if (arcCount[r] == 0) continue;
                var s = index.Sources[r];
                var t = index.Targets[r];
                var relation = index.RelationAt(r);
                var d = model.DistanceAt(relation, index.AgeYears(r, reference));
                var w = DistanceModel.StrengthOf(relation);
                src[k] = s; dst[k] = t; dist[k] = d; strength[k] = w; origin[k] = r; k++;
                if (arcCount[r] == 2)
                {
                    src[k] = t; dst[k] = s; dist[k] = d; strength[k] = w; origin[k] = r; k++;
                }
            }
        });
        var ids = data.Actors.Select(a => a.Id).ToArray();
        return CompactGraph.Build(data.Actors.Length, src, dst, dist, strength, origin, ids, data, options, reference);
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
