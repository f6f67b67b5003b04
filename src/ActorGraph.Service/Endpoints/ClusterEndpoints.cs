using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/clusters</c>: the camps (influence clusters) of the graph, seeded and reproducible.</summary>
public static class ClusterEndpoints
{
    private sealed record ClustersKey(ulong Seed, double Resolution, double HostileWeight, DateOnly? AsOf);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapClusterEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/clusters", (GraphState state, CachedJson json, string? seed, string? resolution, string? hostileWeight, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var key = new ClustersKey(
                (ulong)QueryParameters.Int("seed", seed, 1, 0, int.MaxValue),
                QueryParameters.Double("resolution", resolution, 1.0, 0.01, 100),
                QueryParameters.Double("hostileWeight", hostileWeight, 1.0, 0, 100),
                QueryParameters.Date("asOf", asOf));
            return json.Get(graph, key, g => GraphQueries.Clusters(g,
                new ClusterOptions { Seed = key.Seed, Resolution = key.Resolution, HostileWeight = key.HostileWeight }, key.AsOf));
        })
        .Produces<ClusterReport>()
        .WithName("FindClusters")
        .WithSummary("Camps: every actor in one cluster (signed Leiden over cooperative ties, hostile ties counting against), with modularity and frustration. seed (default 1) makes it reproducible; resolution in 0.01..100 (higher: smaller clusters); hostileWeight in 0..100; asOf is YYYY-MM-DD.");
        return api;
    }
}
