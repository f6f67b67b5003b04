using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;
using ActorGraph.Hosting.Loading;

namespace ActorGraph.Service.Api;

/// <summary>The served graph for a request, and the actors a request names.</summary>
public static class GraphAccess
{
    /// <summary>The graph being served; a 503 problem (listing the seed errors, if any) before the first load.</summary>
    public static LoadedGraph Current(GraphState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Current is { } graph) return graph;
        var errors = state.PendingErrors;
        throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Graph not loaded",
            errors.IsEmpty ? "the graph is still loading; try again shortly" : "the seed folder has errors; the service is waiting for them to be fixed",
            new Dictionary<string, object?> { ["errors"] = errors.Take(20).ToArray() });
    }

    /// <summary>The actor that <paramref name="query"/> names (id, name or alias). Unknown: 404 with the
    /// closest matches; ambiguous: 400 with the candidates.</summary>
    public static Actor Actor(LoadedGraph graph, string parameter, string? query)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var text = QueryParameters.Required(parameter, query);
        if (text.Length > 200) throw ApiProblem.BadParameter(parameter, "is longer than 200 characters");
        var resolution = graph.Resolver.Resolve(text);
        return resolution switch
        {
            ActorResolution.Found found => found.Actor,
            ActorResolution.NotFound notFound => throw new ApiProblem(StatusCodes.Status404NotFound, "Unknown actor", resolution.Describe(),
                new Dictionary<string, object?> { ["parameter"] = parameter, ["suggestions"] = notFound.Suggestions.Select(Summary).ToArray() }),
            ActorResolution.Ambiguous ambiguous => throw new ApiProblem(StatusCodes.Status400BadRequest, "Ambiguous actor", resolution.Describe(),
                new Dictionary<string, object?> { ["parameter"] = parameter, ["candidates"] = ambiguous.Candidates.Select(Summary).ToArray() }),
            _ => throw new InvalidOperationException("unexpected resolution"),
        };
    }

    private static object Summary(Actor actor) => new Dictionary<string, string> { ["id"] = actor.Id, ["name"] = actor.Name };
}
