using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Loading;
using ActorGraph.Seed;

namespace ActorGraph.Hosting.Sources;

/// <summary>Reads and validates a seed folder (YAML/CSV) for one query, within <paramref name="limits"/>
/// (<see cref="SeedLimits.Default"/> when null); reports progress on large folders.</summary>
public sealed class SeedFolderSource(string folder, IProgress<StoreProgress>? progress = null, SeedLimits? limits = null) : IGraphSource
{
    /// <summary>The folder as given.</summary>
    public string Folder => folder;

    /// <inheritdoc />
    public string Description => folder;

    /// <inheritdoc />
    public Task<LoadedGraph> LoadAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder)) throw new GraphSourceException($"seed folder not found: '{folder}'", folder, []);
        var result = SeedLoader.Load(folder, limits ?? SeedLimits.Default, progress, cancellationToken);
        if (!result.Succeeded)
        {
            throw new GraphSourceException($"{result.Errors.Length} error(s) in seed folder '{folder}'; nothing was loaded.",
                folder, [.. result.Errors]);
        }
        return Task.FromResult(new LoadedGraph(result.Graph!, folder));
    }
}
