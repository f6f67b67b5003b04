using ActorGraph.Core.Json;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Extensions;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Service.Api;
using ActorGraph.Service.Endpoints;
using ActorGraph.Service.Reading;
using ActorGraph.Service.Security;
using ActorGraph.Service.Web;
using Microsoft.Extensions.Options;

namespace ActorGraph.Service;

/// <summary>Builds and runs the ActorGraph web service: the HTTP API, health endpoints and the web page.
/// This library has no entry point of its own: <c>actorgraph serve</c> (the CLI) runs it, and tests build it.</summary>
public static class ServiceApp
{
    /// <summary>A builder with every ActorGraph service registered. <paramref name="args"/> are the usual
    /// host arguments (<c>--urls</c>, <c>--ActorGraph:Seed:Folder=DIR</c>, ...).</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        Configure(builder);
        return builder;
    }

    /// <summary>Registers the service's parts on <paramref name="builder"/>.</summary>
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.AddActorGraph();
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(o => ActorGraphJson.Configure(o.SerializerOptions));
        builder.Services.AddOpenApi();
        builder.Services.AddServiceSecurity();
        builder.Services.AddSingleton<WebAssets>();
        builder.Services.AddSingleton<CachedJson>();
        builder.Services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ReviewSaver>();
        builder.Services.AddSingleton<ReadingGate>();
    }

    /// <summary>The request pipeline and every endpoint.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        // Every unhandled exception becomes a generic 500 problem: no stack trace reaches a client,
        // in any environment (this handler runs before the developer page could see the exception).
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseServiceSecurity();
        app.UseRouting();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        var api = app.MapGroup("/api").AddEndpointFilter<ApiProblemFilter>();
        api.MapStatusEndpoints();
        api.MapActorEndpoints();
        api.MapGraphEndpoints();
        api.MapMediatorEndpoints();
        api.MapPathEndpoints();
        api.MapCentralityEndpoints();
        api.MapClusterEndpoints();
        api.MapBrokerageEndpoints();
        api.MapExportEndpoints();
        api.MapReviewEndpoints();
        app.MapWebPage();
        return app;
    }

    /// <summary>Builds and runs the service until shutdown; returns the process exit code (2 for a
    /// configuration error, 3 when the store stayed unreachable at start, printed as one line per problem without a stack trace).</summary>
    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        WebApplication? app = null;
        try
        {
            app = Build(CreateBuilder(args));
            // Check the configuration and construct the store now, so that a mistake is reported as
            // one clear line before the host starts rather than as a start-up failure with a trace.
            _ = app.Services.GetRequiredService<IOptions<SeedOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<LimitsOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<HttpSecurityOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<ReviewOptions>>().Value;
            _ = app.Services.GetRequiredService<IGraphStore>();
            // RunAsync disposes the host's services when it returns: take what is read afterwards now.
            var state = app.Services.GetRequiredService<GraphState>();
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            if (state.FatalError is { } fatal)
            {
                await Console.Error.WriteLineAsync($"error: {fatal}").ConfigureAwait(false);
                return 3;
            }
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped (Ctrl+C, SIGTERM) while still starting, e.g. on a loaded machine: a graceful stop too.
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures) await Console.Error.WriteLineAsync($"configuration error: {failure}").ConfigureAwait(false);
            return 2;
        }
        catch (ConfigurationException ex)
        {
            await Console.Error.WriteLineAsync($"configuration error: {ex.Message}").ConfigureAwait(false);
            return 2;
        }
        finally
        {
            if (app is not null) await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
