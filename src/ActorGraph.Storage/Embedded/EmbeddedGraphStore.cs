using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Embedded;

/// <summary>The default in-process store: holds one immutable <see cref="GraphSnapshot"/> and swaps it
/// atomically on replace. Readers never lock and never see a mix of two graphs.</summary>
/// <remarks>A replace first checks the new graph (every relation and process refers to actors it holds,
/// evidence to its sources; O(V + E)), then publishes it with one compare-and-swap. A replace that fails
/// that check or is cancelled leaves the previous snapshot in place. Concurrent replaces are serialised
/// by the compare-and-swap loop: each gets its own version number.</remarks>
public sealed class EmbeddedGraphStore : IGraphStore
{
    private readonly TimeProvider _time;
    private GraphSnapshot _current = GraphSnapshot.Empty;

    /// <summary>An empty store (version 0).</summary>
    public EmbeddedGraphStore(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    public string Description => "embedded";

    /// <summary>The current snapshot, without a task (for callers that are not async).</summary>
    public GraphSnapshot Current => Volatile.Read(ref _current);

    /// <inheritdoc />
    /// <exception cref="ArgumentException">The graph refers to actors or sources it does not hold.</exception>
    public Task ReplaceAsync(ActorGraphData data, string origin, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(origin);
        GraphIntegrity.Check(data, progress, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var loadedAt = _time.GetUtcNow();
        while (true)
        {
            var seen = Volatile.Read(ref _current);
            var next = new GraphSnapshot(data, seen.Version + 1, loadedAt, origin);
            if (ReferenceEquals(Interlocked.CompareExchange(ref _current, next, seen), seen))
            {
                progress?.Report(new StoreProgress("published", 1, 1));
                return Task.CompletedTask;
            }
        }
    }

    /// <inheritdoc />
    public Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Current);
    }
}
