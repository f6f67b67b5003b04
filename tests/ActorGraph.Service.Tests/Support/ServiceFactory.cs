using ActorGraph.Hosting.Loading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Service.Tests.Support;

/// <summary>The service in-process (TestServer) on a seed folder; waits until the graph is loaded.</summary>
public class ServiceFactory : WebApplicationFactory<ServiceProgram>
{
    private readonly string _folder;
    private readonly bool _watch;

    /// <summary>A factory on <paramref name="folder"/>.</summary>
    public ServiceFactory(string folder, bool watch = false)
    {
        _folder = folder;
        _watch = watch;
    }

    /// <summary>A factory on the shared test seed.</summary>
    public ServiceFactory() : this(TestSeed.SharedFolder) { }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ActorGraph:Seed:Folder", _folder);
        builder.UseSetting("ActorGraph:Seed:Watch", _watch ? "true" : "false");
        builder.UseSetting("ActorGraph:Seed:ReloadDebounceMilliseconds", "100");
    }

    /// <summary>The served-graph state.</summary>
    public GraphState State => Services.GetRequiredService<GraphState>();

    /// <summary>Waits (up to 20 s) until <paramref name="condition"/> holds on the state.</summary>
    public async Task WaitForAsync(Func<GraphState, bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow.AddSeconds(20);
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
}
