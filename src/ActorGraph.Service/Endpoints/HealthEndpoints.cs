using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Hosting.Extensions;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (a graph is loaded and the store answers).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps both health endpoints.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HostingExtensions.ReadyTag),
            ResponseWriter = WriteAsync,
        });
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description,
                data = e.Value.Data.Count > 0 ? e.Value.Data.ToDictionary(d => d.Key, d => d.Value.ToString()) : null,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, ActorGraphJson.Compact));
    }
}
