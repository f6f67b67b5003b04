using ActorGraph.Analysis.Mediation;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/mediators</c>: who mediates between two actors, with scores and evidence.</summary>
public static class MediatorEndpoints
{
    private sealed record MediatorsKey(string A, string B, DateOnly? AsOf, bool Current);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapMediatorEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/mediators", (GraphState state, GraphQueries queries, CachedJson json, string? a, string? b, string? asOf, string? current) =>
        {
            var graph = GraphAccess.Current(state);
            var first = GraphAccess.Actor(graph, "a", a);
            var second = GraphAccess.Actor(graph, "b", b);
            if (first.Id == second.Id)
                throw ApiProblem.BadParameter("b", $"'{b}' is the same actor as a ({first.Name}); mediation needs two different actors");
            // The answer does not depend on the order of the two sides: one cache entry for both orders.
            var (x, y) = string.CompareOrdinal(first.Id, second.Id) < 0 ? (first.Id, second.Id) : (second.Id, first.Id);
            var key = new MediatorsKey(x, y, QueryParameters.Date("asOf", asOf), QueryParameters.Bool("current", current, false));
            return json.Get(graph, key, g => queries.Mediators(g, key.A, key.B, key.AsOf, current: key.Current));
        })
        .Produces<MediationResult>()
        .WithName("FindMediators")
        .WithSummary("Who mediates between a and b, and since when: reported mediators of current shared processes, then past ones (explicit, past), inferred ones apart, structural broker candidates, and actors involved in their own role, each with a score, a brokerage role, first and last dated evidence, and the evidence; leaders and agencies roll up to the actor they answer for (rolledUp). Without asOf: the whole record; asOf is YYYY-MM-DD; current=true keeps what holds at the latest date on record.");
        return api;
    }
}
