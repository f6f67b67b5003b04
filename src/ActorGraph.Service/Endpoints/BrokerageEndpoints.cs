using ActorGraph.Analysis.Brokerage;
using ActorGraph.Analysis.Clusters;
using ActorGraph.Analysis.Projection;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/brokerage</c>: Gould–Fernandez brokerage roles of actors against the camps.</summary>
public static class BrokerageEndpoints
{
    private sealed record BrokerageKey(string? Actor, ulong Seed, double Resolution, DateOnly? AsOf);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapBrokerageEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/brokerage", (GraphState state, CachedJson json, string? actor, string? seed, string? resolution, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var key = new BrokerageKey(
                string.IsNullOrWhiteSpace(actor) ? null : GraphAccess.Actor(graph, "actor", actor).Id,
                (ulong)QueryParameters.Int("seed", seed, 1, 0, int.MaxValue),
                QueryParameters.Double("resolution", resolution, 1.0, 0.01, 100),
                QueryParameters.Date("asOf", asOf));
            return json.Get(graph, key, g => GraphQueries.Brokerage(g,
                new ClusterOptions { Seed = key.Seed, Resolution = key.Resolution }, key.AsOf, key.Actor));
        })
        .Produces<BrokerageReport>()
        .WithName("Brokerage")
        .WithSummary("Brokerage roles (coordinator, itinerant, gatekeeper, representative, liaison) per actor over two-step cooperative chains, against the camps of /api/clusters (same seed and resolution), with expected counts and z-scores. actor limits the answer to one actor; asOf is YYYY-MM-DD.");
        return api;
    }
}
