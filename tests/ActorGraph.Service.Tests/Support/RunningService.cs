using System.Reflection;
using ActorGraph.Hosting.Loading;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Service.Tests.Support;

/// <summary>The real service (Kestrel) on 127.0.0.1 with a free port, as <c>actorgraph serve</c> runs it.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningService(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The base address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The repository's graph-seed folder.</summary>
    public static string RepositorySeed => RepositoryPaths.SeedDirectory;

    /// <summary>Starts the service on <paramref name="seedFolder"/> (with extra <c>--Key=value</c>
    /// <paramref name="settings"/>) and waits for the first load.</summary>
    public static async Task<RunningService> StartAsync(string seedFolder, params string[] settings)
    {
        var builder = ServiceApp.CreateBuilder([
            "--urls", "http://127.0.0.1:0",
            "--environment", "Production",
            $"--ActorGraph:Seed:Folder={seedFolder}",
            "--ActorGraph:Seed:Watch=false",
            "--Logging:LogLevel:Default=Warning",
            .. settings,
        ]);
        var app = ServiceApp.Build(builder);
        await app.StartAsync();
        var state = app.Services.GetRequiredService<GraphState>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (state.LastReport is null && DateTime.UtcNow < deadline) await Task.Delay(25);
        if (!state.IsReady)
        {
            await app.DisposeAsync();
            throw new InvalidOperationException($"the seed {seedFolder} did not load: {string.Join("; ", state.PendingErrors)}");
        }
        var url = app.Urls.Single();
        return new RunningService(app, new Uri(url.EndsWith('/') ? url : url + "/"));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
