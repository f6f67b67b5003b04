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
    private sealed record BrokerageKey(string? Actor, ulong Seed, double Resolution, DateOnly? AsOf, bool Current);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapBrokerageEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/brokerage", (GraphState state, GraphQueries queries, CachedJson json, string? actor, string? seed, string? resolution, string? asOf, string? current) =>
        {
            var graph = GraphAccess.Current(state);
            var key = new BrokerageKey(
                string.IsNullOrWhiteSpace(actor) ? null : GraphAccess.Actor(graph, "actor", actor).Id,
                (ulong)QueryParameters.Int("seed", seed, 1, 0, int.MaxValue),
                QueryParameters.Double("resolution", resolution, 1.0, 0.01, 100),
                QueryParameters.Date("asOf", asOf),
                QueryParameters.Bool("current", current, false));
            return json.Get(graph, key, g => queries.Brokerage(g,
                new ClusterOptions { Seed = key.Seed, Resolution = key.Resolution }, key.AsOf, key.Actor, key.Current));
        })
        .Produces<BrokerageReport>()
        .WithName("Brokerage")
        .WithSummary("Brokerage roles (coordinator, itinerant, gatekeeper, representative, liaison) per actor over two-step chains of contact (every mediation process adds party → mediator → party), against the camps of /api/clusters (same seed and resolution), with expected counts and z-scores. actor limits the answer to one actor; asOf is YYYY-MM-DD; current=true keeps what holds at the latest date on record. caution says when the graph is too small for z-scores to mean much.");
        return api;
    }
}
