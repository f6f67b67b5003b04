using Microsoft.Extensions.Logging;

namespace ActorGraph.Hosting;

/// <summary>Every log line of the hosting layer. Never give these a password or a connection string with one.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Loading seed folder {Folder} ({Reason})")]
    public static partial void LoadingSeed(this ILogger logger, string folder, string reason);

    [LoggerMessage(2, LogLevel.Error, "Seed error: {Error}")]
    public static partial void SeedError(this ILogger logger, string error);

    [LoggerMessage(3, LogLevel.Warning, "The seed has {Count} error(s); still serving the last good graph (version {Version}). Fix the files and save: the folder is reloaded automatically.")]
    public static partial void KeepingLastGood(this ILogger logger, int count, long version);

    [LoggerMessage(4, LogLevel.Error, "The seed has {Count} error(s) and no graph has been loaded yet: /health/ready stays unhealthy until the files are fixed.")]
    public static partial void NothingToServe(this ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Information, "Loaded graph version {Version}: {Actors} actors, {Relations} relations, {Processes} mediation processes into the {Store} store")]
    public static partial void SeedLoaded(this ILogger logger, long version, int actors, int relations, int processes, string store);

    [LoggerMessage(6, LogLevel.Warning, "Store {Store} unavailable (attempt {Attempt}): {Reason}; retrying in {DelaySeconds} s")]
    public static partial void StoreUnavailable(this ILogger logger, string store, int attempt, double delaySeconds, string reason);

    [LoggerMessage(7, LogLevel.Critical, "Store {Store} still unavailable after {Attempt} attempts: {Reason}; stopping")]
    public static partial void StoreGaveUp(this ILogger logger, string store, int attempt, string reason);

    [LoggerMessage(8, LogLevel.Warning, "Seed folder {Folder} does not exist; waiting for it to appear")]
    public static partial void FolderMissing(this ILogger logger, string folder);

    [LoggerMessage(9, LogLevel.Information, "Watching {Folder} for edits (debounce {DebounceMilliseconds} ms)")]
    public static partial void Watching(this ILogger logger, string folder, int debounceMilliseconds);

    [LoggerMessage(10, LogLevel.Information, "Seed changed ({Path}); reloading")]
    public static partial void FolderChanged(this ILogger logger, string path);

    [LoggerMessage(11, LogLevel.Error, "Reload into {Store} failed: {Reason}; still serving the last good graph")]
    public static partial void ReloadFailed(this ILogger logger, string store, string reason);

    [LoggerMessage(12, LogLevel.Warning, "Watching {Folder} failed: {Reason}; reloading to catch up")]
    public static partial void WatcherError(this ILogger logger, string folder, string reason);

    [LoggerMessage(13, LogLevel.Information, "Graph store: {Store}")]
    public static partial void UsingStore(this ILogger logger, string store);

    [LoggerMessage(14, LogLevel.Information, "Ready: {Description}")]
    public static partial void BecameReady(this ILogger logger, string description);

    [LoggerMessage(15, LogLevel.Warning, "Not ready: {Description}")]
    public static partial void NotReady(this ILogger logger, string description);

    [LoggerMessage(16, LogLevel.Information, "Compacted the heap before reporting ready: {PauseMilliseconds} ms, {BeforeMegabytes} MB -> {AfterMegabytes} MB")]
    public static partial void HeapCompacted(this ILogger logger, long pauseMilliseconds, long beforeMegabytes, long afterMegabytes);

    [LoggerMessage(17, LogLevel.Warning, "The graph holds {HeapMegabytes} MB and DOTNET_GCgen0size is not set: where the machine reports no CPU cache size the GC runs on a 2 MB young generation and answers slow down; start the service with DOTNET_GCgen0size=0x4000000 (docs/service.md, \"Memory and the GC\")")]
    public static partial void YoungGenerationHint(this ILogger logger, long heapMegabytes);
}
