using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/graph</c>: the graph as the web page draws it, bounded so that a browser can draw it.</summary>
public static class GraphEndpoints
{
    /// <summary>The graph as of a date: the actors drawn (all, or the most connected when there are more than
    /// the limit), the relations between them and the processes they take part in that were valid then,
    /// and the sources those cite.</summary>
    /// <param name="AsOf">The as-of date, if any.</param>
    /// <param name="Version">The graph version.</param>
    /// <param name="TotalActors">Actors in the whole graph.</param>
    /// <param name="TotalRelations">Relations valid as of the date in the whole graph.</param>
    /// <param name="Truncated">True when only the most connected actors are included.</param>
    /// <param name="Actors">The actors included.</param>
    /// <param name="Relations">Relations valid as of the date between included actors.</param>
    /// <param name="Processes">Processes valid as of the date with an included participant.</param>
    /// <param name="Sources">Sources cited by those relations and processes.</param>
    public sealed record GraphView(DateOnly? AsOf, long Version, int TotalActors, int TotalRelations, bool Truncated,
        ImmutableArray<Actor> Actors, ImmutableArray<Relation> Relations, ImmutableArray<MediationProcess> Processes,
        ImmutableArray<Source> Sources);

    private sealed record GraphKey(DateOnly? AsOf, int Limit);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapGraphEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/graph", (GraphState state, CachedJson json, string? asOf, string? limit) =>
        {
            var graph = GraphAccess.Current(state);
            var key = new GraphKey(QueryParameters.Date("asOf", asOf), QueryParameters.Int("limit", limit, 1500, 1, 20_000));
            return json.Get(graph, key, g => Build(g.Data, g.Version, key.AsOf, key.Limit));
        })
        .Produces<GraphView>()
        .WithName("GetGraph")
        .WithSummary("The graph as of a date for drawing: all actors, or the `limit` most connected (default 1500, at most 20000) with truncated=true; the relations among them and the processes they take part in valid then; the sources cited.");
        return api;
    }

    /// <summary>Builds the view. O(V log V + E + P).</summary>
    public static GraphView Build(ActorGraphData data, long version, DateOnly? asOf, int limit)
    {
        ArgumentNullException.ThrowIfNull(data);
        var relations = data.Relations.Where(r => r.When.Contains(asOf)).ToList();
        var included = new HashSet<string>(StringComparer.Ordinal);
        var truncated = data.Actors.Length > limit;
        if (truncated)
        {
            var degree = new int[data.Actors.Length];
            foreach (var r in relations)
            {
                if (data.IndexOf(r.Source) is var s and >= 0) degree[s]++;
                if (r.Target != r.Source && data.IndexOf(r.Target) is var t and >= 0) degree[t]++;
            }
            foreach (var i in Enumerable.Range(0, data.Actors.Length).OrderByDescending(i => degree[i]).ThenBy(i => i).Take(limit))
                included.Add(data.Actors[i].Id);
        }
        else
        {
            foreach (var actor in data.Actors) included.Add(actor.Id);
        }

        var shownRelations = relations.Where(r => included.Contains(r.Source) && included.Contains(r.Target)).ToImmutableArray();
        var processes = data.Processes
            .Where(p => p.When.Contains(asOf) && (p.Parties.Any(included.Contains) || p.Mediators.Any(included.Contains)))
            .ToImmutableArray();
        var cited = shownRelations.SelectMany(r => r.Evidence).Concat(processes.SelectMany(p => p.Evidence))
            .Select(e => e.SourceId).ToHashSet(StringComparer.Ordinal);
        return new GraphView(asOf, version, data.Actors.Length, relations.Count, truncated,
            [.. data.Actors.Where(a => included.Contains(a.Id))], shownRelations, processes,
            [.. data.Sources.Where(s => cited.Contains(s.Id))]);
    }
}
