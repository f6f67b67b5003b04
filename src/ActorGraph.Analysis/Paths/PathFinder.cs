using System.Collections.Immutable;
using System.Globalization;
using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
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

        var options = query.ToProjection();
        var graph = GraphProjection.Cached(data, options);
        var head = Head(data, graph, from, options);
        var tail = Head(data, graph, to, options);
        var rolled = head.Steps.AddRange(tail.Steps);
        var (hs, ht) = (data.IndexOf(head.Id), data.IndexOf(tail.Id));
        var extra = head.Steps.Length + tail.Steps.Length;
        List<GraphPath> found;
        if (hs == ht) found = [new GraphPath([hs], [], 0)];
        else if (query.MaxHops is { } max && max <= extra) found = [];
        else
        {
            var yen = new KShortestPathsAlgorithm<int, CompactEdge>(graph) { ShortestPathCount = query.K, MaxHops = query.MaxHops - extra };
            yen.Compute(hs, ht);
            found = [.. yen.GraphPaths];
        }
        if (found.Count > 0)
        {
            var paths = found.Select((p, i) => WithRollUp(data, graph, Describe(graph, data, p, i + 1), head.Steps, tail.Steps)).ToImmutableArray();
            var note = found.Count < query.K ? $"Only {found.Count} {(found.Count == 1 ? "path" : "paths")} {(query.MaxHops is { } h ? $"of at most {h} hops " : "")}{(found.Count == 1 ? "exists" : "exist")} between them." : null;
            if (rolled.Length > 0) note = string.Join(" ", new[] { string.Join("; ", rolled.Select(r => r.Phrase)) + ", has no channel of its own here, so the paths go through it.", note }.Where(x => x is not null));
            return new PathSearchResult(from, to, query, paths, null, note, rolled);
        }
        var explained = Explain(data, graph, from, to, query) with { RolledUp = rolled };
        return CutNote(data, (from, head.Cut), (to, tail.Cut)) is { } cutNote
            ? explained with { Explanation = explained.Explanation is { } text ? text + " " + cutNote : cutNote }
            : explained;
    }

    /// <summary>The actor itself when it has a channel in <paramref name="graph"/>, else the nearest actor it answers for
    /// (leads, part-of, member-of) that has one, with the steps; the actor itself when none has. <c>Cut</c> is true when
    /// none has and the roll-up walk stopped at its bound, so a farther head with a channel may exist.</summary>
    private static (string Id, ImmutableArray<RollUpStep> Steps, bool Cut) Head(ActorGraphData data, CompactGraph graph, string actor, ProjectionOptions options)
    {
        if (graph.OutDegree(data.IndexOf(actor)) > 0) return (actor, [], false);
        var index = SemanticIndex.Of(data);
        var walk = RollUp.Walk(data, actor, options.Scope.FilterDate(index.LatestDate));
        for (var i = 1; i < walk.Count; i++)
        {
            if (graph.OutDegree(walk.ActorAt(i)) > 0) return (walk.IdAt(i), walk.StepsTo(i), false);
        }
        return (actor, [], walk.Cut);
    }

    /// <summary>What a no-path answer adds when an end's roll-up walk was cut before finding a head with a channel.</summary>
    private static string? CutNote(ActorGraphData data, params (string Actor, bool Cut)[] ends)
    {
        var cut = ends.Where(e => e.Cut).Select(e => data.FindActor(e.Actor)?.Name ?? e.Actor).ToList();
        return cut.Count == 0 ? null : string.Create(CultureInfo.InvariantCulture,
            $"Roll-up cut: {string.Join(" and ", cut)} {(cut.Count == 1 ? "has" : "have")} no channel of {(cut.Count == 1 ? "its" : "their")} own and answer{(cut.Count == 1 ? "s" : "")} for more actors than the {RollUp.MaxHeads:N0} nearest looked at ({RollUp.MaxTies:N0} ties at most); a chain through the others was not looked for.");
    }

    /// <summary>Adds the organisational hops of a roll-up before and after a path (the tail's steps reversed).</summary>
    private static MediationPath WithRollUp(ActorGraphData data, CompactGraph graph, MediationPath path, ImmutableArray<RollUpStep> head, ImmutableArray<RollUpStep> tail)
    {
        if (head.IsEmpty && tail.IsEmpty) return path;
        var model = graph.Options?.EffectiveDistance ?? DistanceModel.Default;
        var hops = new List<PathHop>();
        foreach (var step in head) hops.Add(Hop(data, model, graph.ReferenceDate, step, step.ActorId, step.HeadId));
        hops.AddRange(path.Hops);
        foreach (var step in tail.Reverse()) hops.Add(Hop(data, model, graph.ReferenceDate, step, step.HeadId, step.ActorId));
        var actors = new List<string> { hops[0].From };
        actors.AddRange(hops.Select(h => h.To));
        return new MediationPath(path.Rank, [.. actors], [.. hops], hops.Sum(h => h.Distance));
    }

    private static PathHop Hop(ActorGraphData data, DistanceModel model, DateOnly? reference, RollUpStep step, string from, string to)
    {
        var relation = data.Relations[data.IncidentRelations(step.ActorId).ToArray().First(r => data.Relations[r].Id == step.RelationId)];
        return new PathHop(from, to, model.DistanceOf(relation, reference), TieEvidence.Of(relation, data), []);
    }

    /// <summary>Turns a raw path into the user-facing record with evidence.</summary>
    public static MediationPath Describe(CompactGraph graph, ActorGraphData data, GraphPath path, int rank)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(path);
        var index = SemanticIndex.Of(data);
        var hops = new PathHop[path.Hops];
        for (var i = 0; i < path.Hops; i++)
        {
            var e = path.Edges[i];
            var best = index.RelationAt(graph.BestOrigins[e]);
            var others = graph.MergedOrigins(e).ToArray().Where(r => r != graph.BestOrigins[e]).Select(r => index.RelationAt(r).Id).ToImmutableArray();
            hops[i] = new PathHop(data.Actors[path.Vertices[i]].Id, data.Actors[path.Vertices[i + 1]].Id, graph.Distance(e), TieEvidence.Of(best, data), others);
        }
        return new MediationPath(rank, [.. path.Vertices.Select(v => data.Actors[v].Id)], [.. hops], path.Cost);
    }

    private static PathSearchResult Explain(ActorGraphData data, CompactGraph graph, string from, string to, PathQuery query)
    {
        var s = data.IndexOf(from);
        var t = data.IndexOf(to);
        var date = query.AsOf is { } d ? " as of " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        var everything = GraphProjection.Cached(data, new ProjectionOptions(AsOf: query.AsOf, Current: query.Current, Signs: SignSet.All, Traversal: Traversal.Undirected, Distance: DistanceModel.Hops));
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
            var withHostile = GraphProjection.Cached(data, new ProjectionOptions(AsOf: query.AsOf, Current: query.Current, Signs: SignSet.Cooperative | SignSet.Hostile, Traversal: Traversal.Undirected, Distance: DistanceModel.Hops));
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
        new(from, to, query, [], reason, explanation, []);
}
