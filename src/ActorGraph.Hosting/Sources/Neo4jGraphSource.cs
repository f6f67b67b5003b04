using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Sources;

/// <summary>Reads the graph back from the configured Neo4j store (read access mode) for one query: the store
/// <see cref="Extensions.HostingExtensions.AddActorGraph"/> registers, on the process's one driver. The driver's
/// errors (server unreachable, credentials refused) pass through for the caller to explain.</summary>
public sealed class Neo4jGraphSource(IGraphStore store) : IGraphSource
{
    /// <inheritdoc />
    public string Description => store.Description;

    /// <inheritdoc />
    public async Task<LoadedGraph> LoadAsync(CancellationToken cancellationToken)
    {
        var snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        return new LoadedGraph(snapshot.Data, store.Description);
    }
}
