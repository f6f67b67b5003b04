using ActorGraph.Hosting.Loading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Service.Tests.Support;

/// <summary>The service in-process (TestServer) on a seed folder, built by <see cref="ServiceApp"/> as
/// <c>actorgraph serve</c> builds it; started on first use.</summary>
public class ServiceFactory : IAsyncDisposable
{
    private readonly string _folder;
    private readonly bool _watch;
    private readonly string _environment;
    private readonly string[] _settings;
    private readonly Lock _lock = new();
    private WebApplication? _app;

    /// <summary>A factory on <paramref name="folder"/>, with extra <c>--Key=value</c> <paramref name="settings"/>.</summary>
    public ServiceFactory(string folder, bool watch = false, string environment = "Production", params string[] settings)
    {
        _folder = folder;
        _watch = watch;
        _environment = environment;
        _settings = settings;
    }

    /// <summary>A factory on the shared test seed.</summary>
    public ServiceFactory() : this(TestSeed.SharedFolder) { }

    /// <summary>The started service's container.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>The served-graph state.</summary>
    public GraphState State => Services.GetRequiredService<GraphState>();

    /// <summary>Replaces services after the service has registered its own (a test's fakes).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>A client of the in-process server.</summary>
    public HttpClient CreateClient() => App.GetTestClient();

    private WebApplication App
    {
        get
        {
            lock (_lock)
            {
                if (_app is not null) return _app;
                var builder = ServiceApp.CreateBuilder([
                    "--environment", _environment,
                    $"--ActorGraph:Seed:Folder={_folder}",
                    $"--ActorGraph:Seed:Watch={(_watch ? "true" : "false")}",
                    "--ActorGraph:Seed:ReloadDebounceMilliseconds=100",
                    .. _settings,
                ]);
                builder.WebHost.UseTestServer();
                ConfigureServices(builder.Services);
                var app = ServiceApp.Build(builder);
                app.StartAsync().GetAwaiter().GetResult();
                return _app = app;
            }
        }
    }

    /// <summary>Waits (up to 60 s: a busy CI machine can be slow, and only a failing test waits it out) until <paramref name="condition"/> holds on the state.</summary>
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

    /// <summary>A client once the first load has been attempted.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient();
        await WaitForAsync(s => s.LastReport is not null, "the first load");
        return client;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}
