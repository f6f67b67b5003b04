using System.Collections.Immutable;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Queries;
using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;

namespace ActorGraph.Service.Endpoints;

/// <summary>Actors, one actor's profile, and the whole graph as of a date (for the web page).</summary>
public static class ActorEndpoints
{
    private static readonly string[] Kinds = [.. Enum.GetNames<ActorKind>().Select(JsonNamingPolicy.KebabCaseLower.ConvertName)];

    /// <summary>The graph as the web page draws it: actors, the relations and processes valid as of the date, and sources.</summary>
    public sealed record GraphView(DateOnly? AsOf, long Version, ImmutableArray<Actor> Actors, ImmutableArray<Relation> Relations,
        ImmutableArray<MediationProcess> Processes, ImmutableArray<Source> Sources);

    private sealed record ActorsKey(ActorKind? Kind);

    private sealed record GraphKey(DateOnly? AsOf);

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
                : Enum.GetValues<ActorKind>()[Array.IndexOf(Kinds, QueryParameters.Choice("kind", kind, "", Kinds))];
            // Same list and order as `actorgraph actors --format json`: by name, case ignored.
            return json.Get(graph, new ActorsKey(wanted), g => g.Data.Actors
                .Where(a => wanted is null || a.Kind == wanted)
                .OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase)
                .ToImmutableArray());
        })
        .Produces<ImmutableArray<Actor>>()
        .WithName("ListActors").WithSummary("All actors by name, or those of one kind (state, armed-group, agency, ...).");

        api.MapGet("/actors/{actor}", (GraphState state, CachedJson json, string actor, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var found = GraphAccess.Actor(graph, "actor", actor);
            var date = QueryParameters.Date("asOf", asOf);
            return json.Get(graph, new ProfileKey(found.Id, date), g => ActorProfile.Build(g.Data, found.Id, date));
        })
        .Produces<ActorProfile>()
        .WithName("GetActor").WithSummary("One actor's profile: its relations with evidence, and its mediation processes. The actor may be given by id, name or alias.");

        api.MapGet("/graph", (GraphState state, CachedJson json, string? asOf) =>
        {
            var graph = GraphAccess.Current(state);
            var date = QueryParameters.Date("asOf", asOf);
            return json.Get(graph, new GraphKey(date), g => new GraphView(date, g.Version, g.Data.Actors,
                [.. g.Data.Relations.Where(r => r.When.Contains(date))],
                [.. g.Data.Processes.Where(p => p.When.Contains(date))],
                g.Data.Sources));
        })
        .Produces<GraphView>()
        .WithName("GetGraph").WithSummary("The whole graph as of a date: actors, the relations and processes valid then, and sources.");
        return api;
    }
}
