using ActorGraph.Cli.Infrastructure;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ActorGraph.Cli.Commands.Import;

/// <summary>The store configured for ActorGraph (the same composition as <c>actorgraph serve</c>), for
/// <c>--into-store</c>. Refuses the embedded store: it lives in this process and would vanish with it.</summary>
internal sealed class ImportStoreTarget : IDisposable
{
    private readonly IHost _host;

    private ImportStoreTarget(IHost host, IGraphStore store)
    {
        _host = host;
        Store = store;
    }

    public IGraphStore Store { get; }

    /// <summary>Resolves the configured store; a <see cref="CliException"/> when it cannot be used.</summary>
    public static ImportStoreTarget Open()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        builder.Logging.ClearProviders();
        builder.AddActorGraph();
        var host = builder.Build();
        IGraphStore store;
        try
        {
            store = host.Services.GetRequiredService<IGraphStore>();
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            // Invalid ActorGraph:Neo4j settings are a configuration mistake, not an unavailable server.
            host.Dispose();
            throw new CliException($"--into-store: invalid store configuration: {string.Join("; ", ex.Failures)}", ExitCodes.Usage);
        }
        catch (Exception ex) when (ex is InvalidOperationException or Hosting.Options.ConfigurationException)
        {
            host.Dispose();
            throw new CliException($"--into-store: the configured store is not available: {ex.Message}", ExitCodes.Unavailable);
        }
        if (store.Description == "embedded")
        {
            host.Dispose();
            throw new CliException(
                "--into-store: the configured store is the embedded in-process store, which ends with this command. " +
                "Write a seed folder with --out DIR and serve it (actorgraph serve --seed DIR), or configure Neo4j (ActorGraph:Neo4j:Uri).",
                ExitCodes.Usage);
        }
        return new ImportStoreTarget(host, store);
    }

    public void Dispose() => _host.Dispose();
}
