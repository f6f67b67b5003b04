using System.Collections.Immutable;
using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Options;
using ActorGraph.Hosting.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting.Loading;

/// <summary>Reads the seed folder through the registered <see cref="IGraphSource"/> (the same way a CLI query
/// reads it) and, when it is valid, replaces the store's graph and publishes the new
/// snapshot. When it is not, every error is logged with its file and line and the last good graph stays
/// in service. One load at a time.</summary>
public sealed class GraphLoader(
    IGraphStore store,
    IGraphSource source,
    GraphState state,
    IOptions<LimitsOptions> limits,
    TimeProvider time,
    ILogger<GraphLoader> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The store being loaded.</summary>
    public IGraphStore Store => store;

    /// <summary>Loads the folder now. Seed errors give a failed report; store failures are recorded as a failed
    /// report and thrown (the caller decides whether to retry); either way the served graph stays as it was.</summary>
    public async Task<LoadReport> LoadAsync(string reason, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            logger.LoadingSeed(source.Description, reason);
            LoadedGraph read;
            try
            {
                read = await Task.Run(() => source.LoadAsync(cancellationToken), cancellationToken).ConfigureAwait(false);
            }
            catch (GraphSourceException ex)
            {
                var errors = ex.FolderMissing ? ImmutableArray.Create(ex.Message) : [.. ex.Lines];
                foreach (var error in errors) logger.SeedError(error);
                if (state.Current is { } served) logger.KeepingLastGood(errors.Length, served.Version);
                else logger.NothingToServe(errors.Length);
                return Record(new LoadReport(time.GetUtcNow(), reason, false, state.Current?.Version ?? 0, errors));
            }

            var graph = read.Data;
            GraphSnapshot snapshot;
            try
            {
                await store.ReplaceAsync(graph, read.Origin, null, cancellationToken).ConfigureAwait(false);
                snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                Record(new LoadReport(time.GetUtcNow(), reason, false, state.Current?.Version ?? 0,
                    [$"store {store.Description}: {ex.Message}"]));
                throw;
            }
            // Every per-graph index queries need (names, incidence, endpoints, time spans, processes by party), built over
            // the cores now rather than by the first requests; readiness is reported only once the graph is published.
            var loaded = new LoadedGraph(snapshot, limits.Value.ResultCacheEntries, (long)limits.Value.ResultCacheMegabytes << 20);
            await Task.Run(loaded.Prepare, cancellationToken).ConfigureAwait(false);
            if (state.Current is null) CompactBeforeReady();
            state.Publish(loaded);
            logger.SeedLoaded(snapshot.Version, graph.Actors.Length, graph.Relations.Length, graph.Processes.Length, store.Description);
            return Record(new LoadReport(time.GetUtcNow(), reason, true, snapshot.Version, []));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Collects and compacts the whole heap once, while the service is not yet ready. Reading a large seed
    /// leaves gigabytes of parse garbage beside the graph; left to itself the GC paid for it with a blocking full
    /// collection seconds after readiness (8.6 s on the 1M-actor seed, under load), when requests were already
    /// arriving. Only before the first graph: on a reload the old graph is still being served, and a forced blocking
    /// collection would stop those answers; the GC's background collections handle the swap.</summary>
    private void CompactBeforeReady()
    {
        var before = GC.GetTotalMemory(false);
        var started = time.GetTimestamp();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = GC.GetTotalMemory(false);
        logger.HeapCompacted((long)time.GetElapsedTime(started).TotalMilliseconds, before >> 20, after >> 20);
        if (YoungGenerationHint.Needed(after, Environment.GetEnvironmentVariable)) logger.YoungGenerationHint(after >> 20);
    }

    private LoadReport Record(LoadReport report)
    {
        state.Record(report);
        return report;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
