using ActorGraph.Hosting.Loading;
using ActorGraph.Service.Api;
using ActorGraph.Service.Security;

namespace ActorGraph.Service.Endpoints;

/// <summary>What is being served (<c>GET /api/status</c>) and a reload on demand (<c>POST /api/reload</c>).</summary>
public static class StatusEndpoints
{
    /// <summary>The service's state.</summary>
    /// <param name="Ready">True once a graph is loaded.</param>
    /// <param name="Version">The served graph's version (0 before the first load).</param>
    /// <param name="LoadedAt">When it was loaded.</param>
    /// <param name="Origin">Where it came from.</param>
    /// <param name="Store">The store.</param>
    /// <param name="Actors">Number of actors.</param>
    /// <param name="Relations">Number of relations.</param>
    /// <param name="Processes">Number of mediation processes.</param>
    /// <param name="LastLoad">The last load attempt; its errors say why a recent edit is not being served.</param>
    public sealed record ServiceStatus(bool Ready, long Version, DateTimeOffset? LoadedAt, string? Origin, string Store,
        int Actors, int Relations, int Processes, LoadReport? LastLoad);

    /// <summary>Maps the endpoints.</summary>
    public static RouteGroupBuilder MapStatusEndpoints(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/status", (GraphState state, GraphLoader loader, SeedPathRedactor redactor) =>
        {
            var graph = state.Current;
            // Clients see the seed folder's name and files relative to it, never the server's absolute path.
            var lastLoad = state.LastReport is { } report ? report with { Errors = [.. redactor.Redact(report.Errors)] } : null;
            return TypedResults.Ok(new ServiceStatus(graph is not null, graph?.Version ?? 0, graph?.Snapshot.LoadedAt,
                graph?.Snapshot.Origin is { } origin ? redactor.Redact(origin) : null,
                loader.Store.Description, graph?.Data.Actors.Length ?? 0, graph?.Data.Relations.Length ?? 0,
                graph?.Data.Processes.Length ?? 0, lastLoad));
        })
        .WithName("GetStatus").WithSummary("What graph is being served, and how the last load went.");

        api.MapPost("/reload", async (GraphLoader loader, CancellationToken cancellationToken) =>
        {
            LoadReport report;
            try
            {
                report = await loader.LoadAsync("request", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // The store refused the new graph (e.g. Neo4j went away); the old graph is still served.
                throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, "Store unavailable",
                    $"the store {loader.Store.Description} did not take the new graph; still serving the last good graph");
            }
            if (report.Succeeded) return Results.Ok(report);
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, "Seed has errors",
                $"the seed folder has {report.Errors.Length} error(s); still serving version {report.Version}",
                new Dictionary<string, object?> { ["errors"] = report.Errors.ToArray() });
        })
        .WithName("Reload").WithSummary("Reloads the seed folder now (the folder is also watched).");
        return api;
    }
}
