using ActorGraph.Hosting.Extensions;
using ActorGraph.Hosting.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting.Tests.Support;

/// <summary>A generic host with <c>AddActorGraph</c> on a temporary copy of the test seed.</summary>
public sealed class SeedHost : IAsyncDisposable
{
    private SeedHost(IHost host, string folder, CapturingLoggerProvider logs)
    {
        Host = host;
        Folder = folder;
        Logs = logs;
    }

    private bool _started;

    /// <summary>The host.</summary>
    public IHost Host { get; }

    /// <summary>Starts the host (options are validated here).</summary>
    public async Task StartAsync()
    {
        await Host.StartAsync();
        _started = true;
    }

    /// <summary>The temporary seed folder.</summary>
    public string Folder { get; }

    /// <summary>The seed file.</summary>
    public string WorldFile => Path.Combine(Folder, "world.yaml");

    /// <summary>Everything logged.</summary>
    public CapturingLoggerProvider Logs { get; }

    /// <summary>The served-graph state.</summary>
    public GraphState State => Host.Services.GetRequiredService<GraphState>();

    /// <summary>Creates the seed copy (changed by <paramref name="edit"/>) and builds the host, not started.</summary>
    public static SeedHost Create(Func<string, string>? edit = null, IDictionary<string, string?>? settings = null,
        ActorGraph.Core.Storage.IGraphStore? store = null, TimeProvider? time = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "ag-hosting-seed-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestSeed", "world.yaml"));
        File.WriteAllText(Path.Combine(folder, "world.yaml"), edit is null ? text : edit(text));

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            EnvironmentName = "Production",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ActorGraph:Seed:Folder"] = folder,
            ["ActorGraph:Seed:ReloadDebounceMilliseconds"] = "100",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        if (store is not null) builder.Services.AddSingleton(store);
        if (time is not null) builder.Services.AddSingleton(time);
        builder.AddActorGraph();
        return new SeedHost(builder.Build(), folder, logs);
    }

    /// <summary>Waits (up to 60 s: a busy CI machine can be slow, and only a failing test waits it out) until <paramref name="condition"/> holds.</summary>
    public async Task WaitForAsync(Func<GraphState, bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!condition(State))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"timed out waiting for {what}; last load: {State.LastReport}");
            await Task.Delay(25);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_started) await Host.StopAsync();
        Host.Dispose();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { /* best effort */ }
    }
}
