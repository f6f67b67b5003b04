using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Extensions;
using ActorGraph.Hosting.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The application as one command uses it: <see cref="HostingExtensions.AddActorGraphApplication"/> (the
/// registrations <c>serve</c> and <c>import --into-store</c> get through <c>AddActorGraph</c>) on a bare service
/// collection, configured only from the command's options. No host, no appsettings file, no logging provider:
/// a query resolves the services it needs and leaves, so start-up stays fast and standard output holds only the answer.</summary>
internal static class CliHost
{
    /// <summary>The services over <paramref name="settings"/> (configuration keys such as <c>ActorGraph:Seed:Folder</c>);
    /// <paramref name="neo4j"/>, when given, configures the Neo4j store in code (its database may be null: the
    /// user's home database, which configuration cannot say). Seed progress goes to standard error.
    /// Dispose them with <c>DisposeAsync</c>: the Neo4j driver closes only asynchronously.</summary>
    public static ServiceProvider Build(CliContext context, IEnumerable<KeyValuePair<string, string?>> settings, Action<Neo4jOptions>? neo4j = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddActorGraphApplication();
        services.AddSingleton<IProgress<StoreProgress>>(new StderrProgress(context.Error));
        if (neo4j is not null) services.Configure(neo4j);
        // Seed limits come from the same environment variables that configure `serve` (docs/limits.md).
        var limits = SeedLimitsVariables.Read(context);
        services.PostConfigure<SeedOptions>(o => o.Limits = limits);
        return services.BuildServiceProvider();
    }
}
