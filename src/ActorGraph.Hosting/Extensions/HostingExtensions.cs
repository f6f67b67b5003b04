using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Health;
using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Queries;
using ActorGraph.Hosting.Sources;
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

/// <summary>The composition root of ActorGraph: the web service (<c>actorgraph serve</c>) and <c>import --into-store</c>
/// register the application through <see cref="AddActorGraph"/>, every one-shot CLI query through the
/// <see cref="AddActorGraphApplication"/> it calls.</summary>
public static class HostingExtensions
{
    /// <summary>The health-check tag of the checks behind <c>/health/ready</c>.</summary>
    public const string ReadyTag = "ready";

    private const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    /// <summary>Registers the application (<see cref="AddActorGraphApplication"/>) and what a long-running host adds
    /// to it: the served-graph state, the seed loader with its folder watcher, and the readiness check.</summary>
    /// <remarks>Configuration: <c>ActorGraph:Seed</c> (<see cref="SeedOptions"/>), <c>ActorGraph:Source</c>
    /// (<see cref="SourceOptions"/>), <c>ActorGraph:Neo4j</c> (<see cref="Neo4jOptions"/>; the password may come
    /// from <c>ACTORGRAPH_NEO4J_PASSWORD</c>) and <c>ActorGraph:Limits</c> (<see cref="LimitsOptions"/>).</remarks>
    public static IHostApplicationBuilder AddActorGraph(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddActorGraphApplication();
        services.AddSingleton<GraphState>();
        services.AddSingleton<GraphLoader>();
        services.AddHostedService<SeedLoadingService>();

        services.AddSingleton<GraphReadyHealthCheck>();
        // The host logs every unhealthy probe as an error (a load balancer probing a loading service fills the log);
        // the readiness check logs each change of state once instead.
        builder.Logging.AddFilter(HealthCheckServiceCategory, LogLevel.None);
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "graph", sp => sp.GetRequiredService<GraphReadyHealthCheck>(), HealthStatus.Unhealthy, [ReadyTag]));
        return builder;
    }

    /// <summary>The application every ActorGraph process uses, registered once here: options (validated on first
    /// use, and at start in a host), the graph source (<see cref="IGraphSource"/>), the queries
    /// (<see cref="GraphQueries"/>) and the graph store. <see cref="AddActorGraph"/> calls it for <c>serve</c> and
    /// <c>import --into-store</c>; a one-shot CLI query calls it on a bare service collection (no host to build or
    /// start, so start-up stays fast) and resolves the source and the queries.</summary>
    /// <remarks>Needs an <c>IConfiguration</c>. An <see cref="IProgress{T}"/> of <see cref="StoreProgress"/>
    /// registered by the caller receives the seed reader's progress.</remarks>
    public static IServiceCollection AddActorGraphApplication(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SourceOptions>().BindConfiguration(SourceOptions.Section);
        services.AddOptions<LimitsOptions>().BindConfiguration(LimitsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section)
            .PostConfigure(o =>
            {
                if (string.IsNullOrEmpty(o.Password)) o.Password = Environment.GetEnvironmentVariable(Neo4jOptions.PasswordVariable);
            })
            .ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateSource);
        services.TryAddSingleton<GraphQueries>();
        services.TryAddSingleton(sp => new Neo4jConnection(sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.TryAddSingleton(CreateStore);
        services.TryAddSingleton(CreateProbe);
        return services;
    }

    /// <summary>The seed folder by default; the Neo4j store when <c>ActorGraph:Source:Kind</c> is <c>Neo4j</c>.</summary>
    private static IGraphSource CreateSource(IServiceProvider services)
    {
        if (services.GetRequiredService<IOptions<SourceOptions>>().Value.Kind == GraphSourceKind.Neo4j)
        {
            if (!services.GetRequiredService<IOptions<Neo4jOptions>>().Value.IsConfigured)
                throw new ConfigurationException("ActorGraph:Source:Kind is Neo4j but ActorGraph:Neo4j:Uri is not set.");
            return new Neo4jGraphSource(services.GetRequiredService<IGraphStore>());
        }
        var seed = services.GetRequiredService<IOptions<SeedOptions>>().Value;
        return new SeedFolderSource(seed.Folder, services.GetService<IProgress<StoreProgress>>(), seed.Limits);
    }

    /// <summary>The embedded store by default; Neo4j when <c>ActorGraph:Neo4j:Uri</c> is set.</summary>
    private static IGraphStore CreateStore(IServiceProvider services)
    {
        var neo4j = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        // A one-shot command registers no logging.
        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(HostingExtensions));
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
        logger?.UsingStore(store.Description);
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
