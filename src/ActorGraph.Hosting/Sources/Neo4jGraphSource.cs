using ActorGraph.Hosting.Loading;
using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Stores;
using ActorGraph.Storage.Neo4j;

namespace ActorGraph.Hosting.Sources;

/// <summary>Reads the graph back from Neo4j (read access mode) for one query. The driver's errors
/// (server unreachable, credentials refused) pass through for the caller to explain.</summary>
public sealed class Neo4jGraphSource(Neo4jOptions options) : IGraphSource
{
    /// <inheritdoc />
    public string Description => options.Address;

    /// <inheritdoc />
    public async Task<LoadedGraph> LoadAsync(CancellationToken cancellationToken)
    {
        await using var driver = Neo4jConnection.CreateDriver(options);
        var store = new Neo4jGraphStore(driver, new Neo4jStoreOptions { Database = options.Database, Description = options.Address });
        var snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        return new LoadedGraph(snapshot.Data, options.Address);
    }
}
