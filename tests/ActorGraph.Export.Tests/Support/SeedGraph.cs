using System.Reflection;
using ActorGraph.Core.Model;
using ActorGraph.Seed;

namespace ActorGraph.Export.Tests.Support;

/// <summary>The repository's graph-seed/ folder, loaded once.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<ActorGraphData> Loaded = new(Load);

    public static ActorGraphData Data => Loaded.Value;

    public static string RepositoryRoot =>
        typeof(SeedGraph).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

    private static ActorGraphData Load()
    {
        var result = SeedLoader.Load(Path.Combine(RepositoryRoot, "graph-seed"));
        return result.Graph ?? throw new InvalidOperationException("graph-seed does not load: " + string.Join("; ", result.Errors));
    }
}
