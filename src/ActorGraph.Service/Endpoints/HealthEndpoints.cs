using System.Text.Json;
using ActorGraph.Core.Json;
using ActorGraph.Hosting.Extensions;
using ActorGraph.Service.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ActorGraph.Service.Endpoints;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (a graph is loaded and the store answers).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps both health endpoints.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // GET only (HEAD is routed as GET): health checks otherwise answer every method, TRACE included.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HostingExtensions.ReadyTag),
            ResponseWriter = WriteAsync,
        }).WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var redactor = context.RequestServices.GetRequiredService<SeedPathRedactor>();
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            checks = report.Entries.Select(e => new
            {
                name = e.Key,
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description is { } description ? redactor.Redact(description) : null,
                data = e.Value.Data.Count > 0 ? e.Value.Data.ToDictionary(d => d.Key, d => d.Value.ToString()) : null,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, ActorGraphJson.Compact));
    }
}
