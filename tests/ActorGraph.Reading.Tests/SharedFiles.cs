using System.Reflection;

namespace ActorGraph.Reading.Tests;

/// <summary>Paths of the shared reports and the repository's graph-seed.</summary>
internal static class SharedFiles
{
    public static string Root { get; } = typeof(SharedFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static string Report(string name) => Path.Combine(Root, "..", "shared", "reports", name + ".txt");

    public static string Gold(string name) => Path.Combine(Root, "..", "shared", "reports", name + ".gold.yaml");

    public static string Article => Path.Combine(Root, "..", "shared", "seed", "article.txt");

    public static string GraphSeed => Path.Combine(Root, "graph-seed");
}
