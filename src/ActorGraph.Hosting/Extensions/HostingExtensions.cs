using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Health;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Stores;
using ActorGraph.Storage.Embedded;
using ActorGraph.Storage.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting.Extensions;

/// <summary>The composition root of every ActorGraph host (the web service, <c>actorgraph serve</c>).</summary>
public static class HostingExtensions
{
    /// <summary>The health-check tag of the checks behind <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Registers options (validated at start), the graph store, the seed loader with its
    /// folder watcher, the served-graph state and the readiness check.</summary>
    /// <remarks>Configuration: <c>ActorGraph:Seed</c> (<see cref="SeedOptions"/>), <c>ActorGraph:Neo4j</c>
    /// (<see cref="Neo4jOptions"/>; the password may come from <c>ACTORGRAPH_NEO4J_PASSWORD</c>) and
    /// <c>ActorGraph:Limits</c> (<see cref="LimitsOptions"/>).</remarks>
    public static IHostApplicationBuilder AddActorGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;

        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section)
            .PostConfigure(o =>
            {
                if (string.IsNullOrEmpty(o.Password)) o.Password = Environment.GetEnvironmentVariable(Neo4jOptions.PasswordVariable);
            })
            .ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISeedReader, SeedFolderReader>();
        services.TryAddSingleton(sp => new Neo4jConnection(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.TryAddSingleton(CreateStore);
        services.TryAddSingleton(CreateProbe);
        services.AddSingleton<GraphState>();
        services.AddSingleton<GraphLoader>();
        services.AddHostedService<SeedLoadingService>();

        services.AddSingleton<GraphReadyHealthCheck>();
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "graph", sp => sp.GetRequiredService<GraphReadyHealthCheck>(), HealthStatus.Unhealthy, [ReadyTag]));
        return builder;
    }

    /// <summary>The embedded store by default; Neo4j when <c>ActorGraph:Neo4j:Uri</c> is set.</summary>
    private static IGraphStore CreateStore(IServiceProvider services)
    {
        var neo4j = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HostingExtensions));
        IGraphStore store;
        if (neo4j.IsConfigured)
        {
            var connection = services.GetRequiredService<Neo4jConnection>();
            store = new Neo4jGraphStore(connection.Driver,
                new Neo4jStoreOptions { Database = neo4j.Database, Description = connection.Description }, time);
        }
        else
        {
            store = new EmbeddedGraphStore(time);
        }
        logger.UsingStore(store.Description);
        return store;
    }

    private static StoreProbe CreateProbe(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<Neo4jOptions>>().Value.IsConfigured)
        {
            var driver = services.GetRequiredService<Neo4jConnection>().Driver;
            return new StoreProbe(_ => driver.VerifyConnectivityAsync());
        }
        var store = services.GetRequiredService<IGraphStore>();
        return new StoreProbe(store.GetSnapshotAsync);
    }
}
