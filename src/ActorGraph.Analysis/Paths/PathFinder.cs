using System.Collections.Immutable;
using System.Globalization;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Paths;

/// <summary>Mediation paths: the k shortest loopless chains of cooperative ties between two actors, each hop
/// with its relation and evidence, or a reason when there is none.</summary>
public static class PathFinder
{
    /// <summary>Finds paths from <paramref name="from"/> to <paramref name="to"/> (actor ids).
    /// Cost: one projection O(V + E), then Yen (<see cref="KShortestPathsAlgorithm{TVertex, TEdge}"/> on the projection,
    /// see <see cref="YenKShortestPaths"/>); when nothing is found, up to two more projections and QuikGraph
    /// breadth-first searches (<see cref="Reachability"/>) to explain why.</summary>
    /// <exception cref="ArgumentException">An actor id is not in the graph.</exception>
    public static PathSearchResult Find(ActorGraphData data, string from, string to, PathQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        query ??= new PathQuery();
        query.Validate();
        var s = data.IndexOf(from);
        var t = data.IndexOf(to);
        if (s < 0) throw new ArgumentException($"unknown actor id '{from}'", nameof(from));
        if (t < 0) throw new ArgumentException($"unknown actor id '{to}'", nameof(to));
        if (s == t) return NoPath(from, to, query, NoPathReason.SameActor, $"{Name(data, from)} is both ends of the query.");

        var graph = GraphProjection.Cached(data, query.ToProjection());
        var yen = new KShortestPathsAlgorithm<int, CompactEdge>(graph) { ShortestPathCount = query.K, MaxHops = query.MaxHops };
        yen.Compute(s, t);
        var found = yen.GraphPaths;
        if (found.Length > 0)
        {
            var paths = found.Select((p, i) => Describe(graph, data, p, i + 1)).ToImmutableArray();
            var note = found.Length < query.K ? $"Only {found.Length} {(found.Length == 1 ? "path" : "paths")} {(query.MaxHops is { } h ? $"of at most {h} hops " : "")}{(found.Length == 1 ? "exists" : "exist")} between them." : null;
            return new PathSearchResult(from, to, query, paths, null, note);
        }
        return Explain(data, graph, from, to, query);
    }

    /// <summary>Turns a raw path into the user-facing record with evidence.</summary>
    public static MediationPath Describe(CompactGraph graph, ActorGraphData data, GraphPath path, int rank)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        var hops = new PathHop[path.Hops];
        for (var i = 0; i < path.Hops; i++)
        {
            var e = path.Edges[i];
            var best = data.Relations[graph.BestOrigins[e]];
            var others = graph.MergedOrigins(e).ToArray().Where(r => r != graph.BestOrigins[e]).Select(r => data.Relations[r].Id).ToImmutableArray();
            hops[i] = new PathHop(data.Actors[path.Vertices[i]].Id, data.Actors[path.Vertices[i + 1]].Id, graph.Distance(e), TieEvidence.Of(best, data), others);
        }
        return new MediationPath(rank, [.. path.Vertices.Select(v => data.Actors[v].Id)], [.. hops], path.Cost);
    }

    private static PathSearchResult Explain(ActorGraphData data, CompactGraph graph, string from, string to, PathQuery query)
    {
        var s = data.IndexOf(from);
        var t = data.IndexOf(to);
        var date = query.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        var everything = GraphProjection.Cached(data, new ProjectionOptions(AsOf: query.AsOf, Signs: SignSet.All, Traversal: Traversal.Undirected, Distance: DistanceModel.Hops));
        if (everything.OutDegree(s) == 0)
            return NoPath(from, to, query, NoPathReason.SourceIsolated, $"{Name(data, from)} has no recorded ties{date}{OtherDates(data, from, query)}.");
        if (everything.OutDegree(t) == 0)
            return NoPath(from, to, query, NoPathReason.TargetIsolated, $"{Name(data, to)} has no recorded ties{date}{OtherDates(data, to, query)}.");

        var hops = Reachability.Hops(graph, s, t);
        var layer = query.IncludeHostile ? "cooperative or hostile" : "cooperative";
        if (hops is { } h)
        {
            return h > query.MaxHops
                ? NoPath(from, to, query, NoPathReason.ExceededMaxHops, $"The shortest {layer} chain between {Name(data, from)} and {Name(data, to)}{date} has {h} hops, more than the limit of {query.MaxHops}.")
                : NoPath(from, to, query, NoPathReason.ExceededMaxHops, $"Chains of at most {query.MaxHops} hops exist but were not reached within the search limit; raise --max-hops or --k.");
        }
        if (!query.IncludeHostile)
        {
            var withHostile = GraphProjection.Cached(data, new ProjectionOptions(AsOf: query.AsOf, Signs: SignSet.Cooperative | SignSet.Hostile, Traversal: Traversal.Undirected, Distance: DistanceModel.Hops));
            if (Reachability.Hops(withHostile, s, t) is not null)
                return NoPath(from, to, query, NoPathReason.OnlyHostileConnections, $"{Name(data, from)} and {Name(data, to)} are connected{date} only through hostile ties, which are not channels of mediation (use --include-hostile to see them).");
        }
        if (Reachability.Hops(everything, s, t) is not null)
            return NoPath(from, to, query, NoPathReason.OnlyNonCooperativeConnections, $"{Name(data, from)} and {Name(data, to)} are connected{date} only through pressure or organisational ties, not {layer} ones.");
        return NoPath(from, to, query, NoPathReason.DifferentComponents, $"No chain of ties of any kind joins {Name(data, from)} and {Name(data, to)}{date}.");
    }

    private static string OtherDates(ActorGraphData data, string actor, PathQuery query)
    {
        if (query.AsOf is null) return "";
        var n = data.IncidentRelations(actor).Length;
        return n == 0 ? "" : $" ({n} tie(s) at other dates)";
    }

    private static string Name(ActorGraphData data, string id) => data.FindActor(id)?.Name ?? id;

    private static PathSearchResult NoPath(string from, string to, PathQuery query, NoPathReason reason, string explanation) =>
        new(from, to, query, [], reason, explanation);
}
