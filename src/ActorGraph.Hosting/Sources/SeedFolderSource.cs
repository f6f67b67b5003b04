using ActorGraph.Core.Storage;
using ActorGraph.Hosting.Loading;
using ActorGraph.Seed;

namespace ActorGraph.Hosting.Sources;

/// <summary>Reads and validates a seed folder (YAML/CSV) for one query; reports progress on large folders.</summary>
public sealed class SeedFolderSource(string folder, IProgress<StoreProgress>? progress = null) : IGraphSource
{
    /// <summary>The folder as given.</summary>
    public string Folder => folder;

    /// <inheritdoc />
    public string Description => folder;

    /// <inheritdoc />
    public Task<LoadedGraph> LoadAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder)) throw new GraphSourceException($"no seed folder at '{folder}'", folder, []);
        var result = SeedLoader.Load(folder, progress, cancellationToken);
        if (!result.Succeeded)
        {
            throw new GraphSourceException($"{result.Errors.Length} error(s) in seed folder '{folder}'; nothing was loaded.",
                folder, [.. result.Errors]);
        }
        return Task.FromResult(new LoadedGraph(result.Graph!, folder));
    }
}
