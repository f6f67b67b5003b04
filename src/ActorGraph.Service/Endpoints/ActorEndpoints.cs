using System.Collections.Immutable;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Queries;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Core.Text;
using ActorGraph.Hosting.Queries;

namespace ActorGraph.Service.Endpoints;

/// <summary>Actors and one actor's profile.</summary>
public static class ActorEndpoints
{
    private static readonly string[] Kinds = [.. EnumText.Names<ActorKind>()];

    private sealed record ActorsKey(ActorKind? Kind);

    private sealed record ProfileKey(string ActorId, DateOnly? AsOf);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapActorEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/actors", (GraphState state, CachedJson json, string? kind) =>
        {
            var graph = GraphAccess.Current(state);
            ActorKind? wanted = string.IsNullOrWhiteSpace(kind)
                ? null
                : EnumText.TryParse<ActorKind>(QueryParameters.Choice("kind", kind, "", Kinds), out var parsed) ? parsed : null;
            // Same list and order as `actorgraph actors --format json`: by name, case ignored.
            return json.Get(graph, new ActorsKey(wanted), g => GraphQueries.Actors(g, wanted));
        })
        .Produces<ImmutableArray<Actor>>()
        .WithName("ListActors").WithSummary("All actors by name, or those of one kind (state, armed-group, agency, ...).");

        api.MapGet("/actors/{actor}", (GraphState state, CachedJson json, string actor, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var found = GraphAccess.Actor(graph, "actor", actor);
            var date = QueryParameters.Date("asOf", asOf);
            return json.Get(graph, new ProfileKey(found.Id, date), g => GraphQueries.Profile(g, found.Id, date));
        })
        .Produces<ActorProfile>()
        .WithName("GetActor").WithSummary("One actor's profile: its relations with evidence, and its mediation processes. The actor may be given by id, name or alias.");

        return api;
    }
}
