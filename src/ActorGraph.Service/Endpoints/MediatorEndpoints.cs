using ActorGraph.Analysis.Mediation;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>GET /api/mediators</c>: who mediates between two actors, with scores and evidence.</summary>
public static class MediatorEndpoints
{
    private sealed record MediatorsKey(string A, string B, DateOnly? AsOf);

    /// <summary>Maps the endpoint.</summary>
    public static RouteGroupBuilder MapMediatorEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/mediators", (GraphState state, CachedJson json, string? a, string? b, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var first = GraphAccess.Actor(graph, "a", a);
            var second = GraphAccess.Actor(graph, "b", b);
            if (first.Id == second.Id)
                throw ApiProblem.BadParameter("b", $"'{b}' is the same actor as a ({first.Name}); mediation needs two different actors");
            // The answer does not depend on the order of the two sides: one cache entry for both orders.
            var (x, y) = string.CompareOrdinal(first.Id, second.Id) < 0 ? (first.Id, second.Id) : (second.Id, first.Id);
            var key = new MediatorsKey(x, y, QueryParameters.Date("asOf", asOf));
            return json.Get(graph, key, g => GraphQueries.Mediators(g, key.A, key.B, key.AsOf));
        })
        .Produces<MediationResult>()
        .WithName("FindMediators")
        .WithSummary("Who mediates between a and b: reported mediators of their shared processes, structural broker candidates, and actors involved in their own role, each with a score and the evidence. asOf is YYYY-MM-DD.");
        return api;
    }
}
