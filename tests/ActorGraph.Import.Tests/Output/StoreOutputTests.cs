using ActorGraph.Import.Output;
using ActorGraph.Import.Tests.Support;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Import.Tests.Output;

public class StoreOutputTests
{
    [Fact]
    public async Task An_imported_graph_passes_the_store_integrity_check_and_replaces_the_graph()
    {
        var graph = Run.Gdelt(Fixtures.GoodRows().Concat(Fixtures.BadRows())).Graph;
        var store = new EmbeddedGraphStore();

        await ImportWriter.IntoStoreAsync(store, graph, "events.export.CSV", null, CancellationToken.None);

        var snapshot = await store.GetSnapshotAsync();
        Assert.Equal(1, snapshot.Version);
        Assert.Same(graph, snapshot.Data);
        Assert.Equal("events.export.CSV", snapshot.Origin);
    }
}
