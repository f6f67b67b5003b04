using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;
using QuikGraph;

namespace ActorGraph.Analysis.Projection;

/// <summary>Turns an <see cref="ActorGraphData"/> into graphs for algorithms, under <see cref="ProjectionOptions"/>.</summary>
public static class GraphProjection
{
    /// <summary>The QuikGraph view: every actor a vertex (its id), every admitted relation one edge tagged with the
    /// relation (and a second, reversed edge when <see cref="ProjectionOptions.BothWays"/> says so). Parallel edges kept.
    /// Mediation processes give one <c>mediates</c> edge per mediator and party (see <see cref="SemanticIndex"/>).
    /// The readable reference; slow at scale (about 100 bytes per edge). O(V + E).</summary>
    public static BidirectionalGraph<string, TaggedEdge<string, Relation>> ToQuikGraph(ActorGraphData data, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ProjectionOptions.Paths;
        options.Validate();
        var graph = new BidirectionalGraph<string, TaggedEdge<string, Relation>>(allowParallelEdges: true);
        foreach (var actor in data.Actors) graph.AddVertex(actor.Id);
        var index = SemanticIndex.Of(data);
        for (var r = 0; r < index.RelationCount; r++)
        {
            var relation = index.RelationAt(r);
            if (!options.Admits(index, r) || relation.Source == relation.Target) continue;
            if (index.Sources[r] < 0 || index.Targets[r] < 0) continue;
            graph.AddEdge(new TaggedEdge<string, Relation>(relation.Source, relation.Target, relation));
            if (options.BothWays(relation.Kind)) graph.AddEdge(new TaggedEdge<string, Relation>(relation.Target, relation.Source, relation));
        }
        return graph;
    }

    /// <summary>The compact (CSR) view: vertex i is <c>data.Actors[i]</c>; arcs as in <see cref="ToQuikGraph"/>,
    /// then collapsed to the shortest per (u, v). Edge distances come from the options' <see cref="DistanceModel"/>,
    /// with ages measured at the as-of date, else at the latest date on record (a channel of a process still open has
    /// age 0). Edge origins are relation numbers of <see cref="SemanticIndex"/> (the graph's relations, then channels). O(V + E).</summary>
    public static CompactGraph ToCompact(ActorGraphData data, ProjectionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ProjectionOptions.Paths;
        options.Validate();
        var model = options.EffectiveDistance;
        var index = SemanticIndex.Of(data);
        var reference = options.Scope.Reference(index.LatestDate);
        var capacity = index.RelationCount * 2;
        var src = new int[capacity];
        var dst = new int[capacity];
        var dist = new double[capacity];
        var strength = new double[capacity];
        var origin = new int[capacity];
        var m = 0;
        for (var r = 0; r < index.RelationCount; r++)
        {
            var s = index.Sources[r];
            var t = index.Targets[r];
            if (s < 0 || t < 0 || s == t) continue;
            if (!options.Admits(index, r)) continue;
            var relation = index.RelationAt(r);
            var d = model.DistanceAt(relation, index.AgeYears(r, reference));
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

    /// <summary>The collapsed QuikGraph view of a compact graph (vertex = index, edge tag = distance), one edge per (u, v):
    /// what QuikGraph's Yen needs, since its edge equality ignores the weight. O(V + E).</summary>
    public static AdjacencyGraph<int, EquatableTaggedEdge<int, double>> ToWeightedQuikGraph(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: true, graph.VertexCount, 4);
        for (var v = 0; v < graph.VertexCount; v++) result.AddVertex(v);
        for (var u = 0; u < graph.VertexCount; u++)
        {
            for (var e = graph.FirstEdge(u); e < graph.EndEdge(u); e++) result.AddEdge(new EquatableTaggedEdge<int, double>(u, graph.Target(e), graph.Distance(e)));
        }
        return result;
    }

    /// <summary>Same as <see cref="ToWeightedQuikGraph"/> with in-edges too (Hoffman-Pavley needs them).</summary>
    public static BidirectionalGraph<int, EquatableTaggedEdge<int, double>> ToWeightedBidirectionalQuikGraph(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var result = new BidirectionalGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: true, graph.VertexCount, 4);
        for (var v = 0; v < graph.VertexCount; v++) result.AddVertex(v);
        for (var u = 0; u < graph.VertexCount; u++)
        {
            for (var e = graph.FirstEdge(u); e < graph.EndEdge(u); e++) result.AddEdge(new EquatableTaggedEdge<int, double>(u, graph.Target(e), graph.Distance(e)));
        }
        return result;
    }
}
