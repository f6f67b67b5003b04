using System.Threading.Channels;
using ActorGraph.Hosting.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting.Loading;

/// <summary>Loads the seed into the store when the host starts (retrying with backoff while the store is
/// unreachable), then watches the seed folder and reloads after edits once the folder has been quiet for
/// the debounce interval.</summary>
public sealed class SeedLoadingService(
    GraphLoader loader,
    GraphState state,
    IOptions<SeedOptions> seedOptions,
    IOptions<Neo4jOptions> neo4jOptions,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<SeedLoadingService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(
        new UnboundedChannelOptions { SingleReader = true });

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Arm the watcher before the first load when the folder exists: an edit made while the first load runs, or
        // just after the graph turns ready, then raises a reload instead of falling in the gap before the watcher.
        var folder = seedOptions.Value.GetFullPath();
        using var armed = seedOptions.Value.Watch && Directory.Exists(folder) ? CreateWatcher(folder) : null;
        if (!await InitialLoadAsync(stoppingToken).ConfigureAwait(false)) return;
        if (!seedOptions.Value.Watch) return;
        await WatchAsync(folder, armed, stoppingToken).ConfigureAwait(false);
    }

    /// <summary>The first load. Seed errors do not stop the host (the watcher picks up the fix); a store
    /// that stays unreachable past the start-up timeout does.</summary>
    private async Task<bool> InitialLoadAsync(CancellationToken stoppingToken)
    {
        var timeout = TimeSpan.FromSeconds(neo4jOptions.Value.IsConfigured ? neo4jOptions.Value.StartupTimeoutSeconds : 0);
        var started = time.GetUtcNow();
        var delay = TimeSpan.FromSeconds(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await loader.LoadAsync("start", stoppingToken).ConfigureAwait(false);
                return true;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return false;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                var waited = time.GetUtcNow() - started;
                if (waited + delay > timeout)
                {
                    logger.StoreGaveUp(loader.Store.Description, attempt, ex.Message);
                    state.Fail($"store {loader.Store.Description} unavailable after {attempt} attempts: {ex.Message}");
                    lifetime.StopApplication();
                    return false;
                }
                logger.StoreUnavailable(loader.Store.Description, attempt, delay.TotalSeconds, ex.Message);
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxBackoff.Ticks));
            }
        }
    }

    private async Task WatchAsync(string folder, FileSystemWatcher? armed, CancellationToken stoppingToken)
    {
        var waited = false;
        while (armed is null && !Directory.Exists(folder))
        {
            if (!waited) logger.FolderMissing(folder);
            waited = true;
            try { await Task.Delay(TimeSpan.FromSeconds(2), time, stoppingToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
        }
        // Files written before the watcher starts raise no event: read the folder once it exists.
        if (waited) Signal(folder);
        using var watcher = armed is null ? CreateWatcher(folder) : null;

        var debounce = TimeSpan.FromMilliseconds(seedOptions.Value.ReloadDebounceMilliseconds);
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var first = Drain();
                // Editors write a file in several steps (truncate, write, rename): wait for quiet.
                do await Task.Delay(debounce, time, stoppingToken).ConfigureAwait(false);
                while (Drain() is not null);
                logger.FolderChanged(first ?? folder);
                try
                {
                    await loader.LoadAsync("file change", stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
                {
                    logger.ReloadFailed(loader.Store.Description, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private FileSystemWatcher CreateWatcher(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = false, // the seed loader reads only top-level files
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Signal(e.FullPath);
        watcher.Created += (_, e) => Signal(e.FullPath);
        watcher.Deleted += (_, e) => Signal(e.FullPath);
        watcher.Renamed += (_, e) => Signal(e.FullPath);
        watcher.Error += (_, e) =>
        {
            logger.WatcherError(folder, e.GetException().Message);
            Signal(folder);
        };
        watcher.EnableRaisingEvents = true;
        logger.Watching(folder, seedOptions.Value.ReloadDebounceMilliseconds);
        return watcher;
    }

    private void Signal(string path) => _changes.Writer.TryWrite(path);

    private string? Drain()
    {
        string? first = null;
        while (_changes.Reader.TryRead(out var path)) first ??= path;
        return first;
    }
}
