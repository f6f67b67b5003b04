using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Storage.Embedded;

namespace ActorGraph.Storage.Tests.Embedded;

public sealed class EmbeddedGraphStoreTests
{
    [Fact]
    public async Task New_store_is_empty_at_version_zero()
    {
        var store = new EmbeddedGraphStore();
        var snapshot = await store.GetSnapshotAsync();
        Assert.Same(GraphSnapshot.Empty, snapshot);
        Assert.Equal(0, snapshot.Version);
        Assert.Equal("embedded", store.Description);
    }

    [Fact]
    public async Task Replace_publishes_the_graph_with_the_next_version_and_origin()
    {
        var store = new EmbeddedGraphStore();
        var first = Chain(3);
        var second = Chain(5);
        await store.ReplaceAsync(first, "seed-a");
        var s1 = await store.GetSnapshotAsync();
        await store.ReplaceAsync(second, "seed-b");
        var s2 = await store.GetSnapshotAsync();

        Assert.Same(first, s1.Data);
        Assert.Equal((1L, "seed-a"), (s1.Version, s1.Origin));
        Assert.Same(second, s2.Data);
        Assert.Equal((2L, "seed-b"), (s2.Version, s2.Origin));
        // A snapshot taken earlier is unchanged by later replaces.
        Assert.Same(first, s1.Data);
    }

    [Fact]
    public async Task Broken_graph_is_refused_and_the_old_one_stays()
    {
        var store = new EmbeddedGraphStore();
        var good = Chain(3);
        await store.ReplaceAsync(good, "good");
        var dangling = new ActorGraphData(good.Actors, [Rel("r", "a0", "ghost")], [], []);

        var e = await Assert.ThrowsAsync<ArgumentException>(() => store.ReplaceAsync(dangling, "bad"));
        Assert.Contains("ghost", e.Message, StringComparison.Ordinal);
        var snapshot = await store.GetSnapshotAsync();
        Assert.Same(good, snapshot.Data);
        Assert.Equal(1, snapshot.Version);
    }

    [Fact]
    public async Task Cancelled_replace_leaves_the_old_graph()
    {
        var store = new EmbeddedGraphStore();
        var good = Chain(3);
        await store.ReplaceAsync(good, "good");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReplaceAsync(Chain(10), "cancelled", cancellationToken: cts.Token));
        Assert.Same(good, (await store.GetSnapshotAsync()).Data);
        Assert.Equal(1, store.Current.Version);
    }

    [Fact]
    public async Task Concurrent_readers_always_see_a_whole_graph_and_versions_never_go_back()
    {
        var store = new EmbeddedGraphStore();
        // Each graph i is a chain of i + 2 actors; a reader checks the snapshot is internally consistent.
        var graphs = Enumerable.Range(0, 200).Select(i => Chain(i + 2)).ToArray();
        using var stop = new CancellationTokenSource();
        var readersStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var waitingReaders = 4;
        var failures = 0;
        var reads = 0L;

        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            long lastVersion = 0;
            var first = true;
            while (!stop.IsCancellationRequested)
            {
                var s = await store.GetSnapshotAsync();
                Interlocked.Increment(ref reads);
                if (first && Interlocked.Decrement(ref waitingReaders) == 0) readersStarted.SetResult();
                first = false;
                if (s.Version < lastVersion) Interlocked.Increment(ref failures);
                lastVersion = s.Version;
                var n = s.Data.Actors.Length;
                if (s.Version > 0 && (s.Data.Relations.Length != n - 1 || s.Origin != $"chain-{n}")) Interlocked.Increment(ref failures);
                await Task.Yield();
            }
        })).ToArray();

        // Writers start once every reader is reading, so that reads and replaces overlap.
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(async () =>
        {
            await readersStarted.Task;
            for (var i = w; i < graphs.Length; i += 2) await store.ReplaceAsync(graphs[i], $"chain-{graphs[i].Actors.Length}");
        })).ToArray();
        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.Equal(0, failures);
        Assert.True(reads >= 4);
        // Every replace got its own version: 200 replaces, version 200.
        Assert.Equal(graphs.Length, store.Current.Version);
    }

    [Fact]
    public async Task LoadedAt_comes_from_the_time_provider()
    {
        var time = new FixedTime(new DateTimeOffset(2024, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var store = new EmbeddedGraphStore(time);
        await store.ReplaceAsync(Chain(2), "x");
        Assert.Equal(time.Now, store.Current.LoadedAt);
    }

    private static ActorGraphData Chain(int n)
    {
        var actors = Enumerable.Range(0, n).Select(i => new Actor($"a{i}", $"A{i}", ActorKind.State, []));
        var relations = Enumerable.Range(0, n - 1).Select(i => Rel($"r{i}", $"a{i}", $"a{i + 1}"));
        return new ActorGraphData(actors, relations, [], []);
    }

    private static Relation Rel(string id, string s, string t) =>
        new(id, s, t, RelationVocabulary.Meets, 0.5, 1, default, [], Modality.Reported, []);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
