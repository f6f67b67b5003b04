using ActorGraph.TestSupport;

namespace ActorGraph.Reading.Tests;

/// <summary>Paths of the shared reports and the repository's graph-seed.</summary>
internal static class SharedFiles
{
    public static string Report(string name) => RepositoryPaths.Combine("..", "shared", "reports", name + ".txt");

    public static string Gold(string name) => RepositoryPaths.Combine("..", "shared", "reports", name + ".gold.yaml");

    public static string Article => RepositoryPaths.Combine("..", "shared", "seed", "article.txt");

    public static string GraphSeed => RepositoryPaths.SeedDirectory;
}
