using ActorGraph.Hosting.Options;
using ActorGraph.Seed;
using Microsoft.Extensions.Options;

namespace ActorGraph.Hosting.Loading;

/// <summary>Reads a seed folder with the project's seed loader; error lines carry the full file path,
/// so that they can be opened from the log.</summary>
public sealed class SeedFolderReader(IOptions<SeedOptions> options) : ISeedReader
{
    /// <inheritdoc />
    public SeedReadResult Read(string folder)
    {
        var result = SeedLoader.Load(folder, options.Value.Limits);
        return new SeedReadResult(
            result.Graph,
            [.. result.Errors.Select(e => (Path.IsPathRooted(e.File) ? e : e with { File = Path.Combine(folder, e.File) }).ToString())]);
    }
}
