using ActorGraph.Analysis.Paths;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Service.Api;
using Microsoft.Extensions.Options;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/paths</c>: the k shortest chains of cooperative ties between two actors.</summary>
public static class PathEndpoints
{
    private sealed record PathsKey(string A, string B, int K, int MaxHops, bool IncludeHostile, DateOnly? AsOf);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapPathEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/paths", (GraphState state, CachedJson json, IOptions<LimitsOptions> limits, string? a, string? b, string? k, string? maxHops, string? includeHostile, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var from = GraphAccess.Actor(graph, "a", a);
            var to = GraphAccess.Actor(graph, "b", b);
            var key = new PathsKey(from.Id, to.Id,
                QueryParameters.Int("k", k, Math.Min(3, limits.Value.MaxPaths), 1, limits.Value.MaxPaths),
                QueryParameters.Int("maxHops", maxHops, Math.Min(6, limits.Value.MaxHops), 1, limits.Value.MaxHops),
                QueryParameters.Bool("includeHostile", includeHostile, false),
                QueryParameters.Date("asOf", asOf));
            return json.Get(graph, key, g =>
                GraphQueries.Paths(g, key.A, key.B, new PathQuery(key.K, key.MaxHops, key.IncludeHostile, key.AsOf)));
        })
        .Produces<PathSearchResult>()
        .WithName("FindPaths")
        .WithSummary("Mediation paths: the k shortest chains of cooperative ties from a to b (hostile ties only when includeHostile=true), each tie with its evidence. k ≤ 50, maxHops ≤ 10 (default 6); asOf is YYYY-MM-DD.");
        return api;
    }
}
