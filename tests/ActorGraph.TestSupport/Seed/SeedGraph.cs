using ActorGraph.Core.Model;
using ActorGraph.Seed;

namespace ActorGraph.TestSupport;

/// <summary>The repository's graph-seed/ folder, loaded once.</summary>
public static class SeedGraph
{
    private static readonly Lazy<ActorGraphData> Loaded = new(Load);

    public static ActorGraphData Data => Loaded.Value;

    /// <summary>The graph-seed folder.</summary>
    public static string Directory => RepositoryPaths.SeedDirectory;

    private static ActorGraphData Load()
    {
        var result = SeedLoader.Load(Directory);
        return result.Graph ?? throw new InvalidOperationException("graph-seed does not load: " + string.Join("; ", result.Errors));
    }
}
