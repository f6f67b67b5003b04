using System.Reflection;
using ActorGraph.Core.Model;
using ActorGraph.Seed;

namespace ActorGraph.Analysis.Tests.Support;

/// <summary>The project's graph-seed/ folder, loaded once.</summary>
internal static class SeedGraph
{
    private static readonly Lazy<ActorGraphData> Loaded = new(Load);

    public static ActorGraphData Data => Loaded.Value;

    public static string Directory
    {
        get
        {
            var root = typeof(SeedGraph).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .First(a => a.Key == "RepositoryRoot").Value!;
            return Path.Combine(root, "graph-seed");
        }
    }

    private static ActorGraphData Load()
    {
        var result = SeedLoader.Load(Directory);
        return result.Graph ?? throw new InvalidOperationException("graph-seed does not load: " + string.Join("; ", result.Errors));
    }
}
