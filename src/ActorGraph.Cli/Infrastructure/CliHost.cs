using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Extensions;
using ActorGraph.Hosting.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The application as one command uses it: <see cref="HostingExtensions.AddActorGraph"/> (the composition
/// root <c>serve</c> and <c>import --into-store</c> use) on an empty host builder, configured only from the command's
/// options. No appsettings file, no logging provider and no start: a query resolves the services it needs and
/// leaves, so start-up stays fast and standard output holds only the answer.</summary>
internal static class CliHost
{
    /// <summary>A host over <paramref name="settings"/> (configuration keys such as <c>ActorGraph:Seed:Folder</c>);
    /// <paramref name="neo4j"/>, when given, configures the Neo4j store in code (its database may be null: the
    /// user's home database, which configuration cannot say). Seed progress goes to standard error.
    /// Dispose it with <c>DisposeAsync</c>: the Neo4j driver closes only asynchronously.</summary>
    public static IHost Build(CliContext context, IEnumerable<KeyValuePair<string, string?>> settings, Action<Neo4jOptions>? neo4j = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddActorGraph();
        builder.Services.AddSingleton<IProgress<StoreProgress>>(new StderrProgress(context.Error));
        if (neo4j is not null) builder.Services.Configure(neo4j);
        return builder.Build();
    }
}
