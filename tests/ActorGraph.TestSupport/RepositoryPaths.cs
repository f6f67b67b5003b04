using System.Reflection;

namespace ActorGraph.TestSupport;

/// <summary>Paths inside the repository, wherever the build output goes (the build records the root).</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding ActorGraph.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's graph-seed folder.</summary>
    public static string SeedDirectory => Path.Combine(Root, "graph-seed");

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot() =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value?.TrimEnd('/', '\\')
        ?? throw new InvalidOperationException("the RepositoryRoot assembly metadata is missing (ActorGraph.TestSupport.csproj sets it)");
}
