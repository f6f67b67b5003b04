using ActorGraph.Core.Model;
using ActorGraph.Import.Output;
using ActorGraph.Seed;

namespace ActorGraph.Import.Tests.Support;

/// <summary>Writes an imported graph as a seed folder and loads it back with the normal seed loader, as
/// <c>actorgraph validate</c> and every query command do.</summary>
public static class SeedRoundTrip
{
    /// <summary>The graph as the seed loader reads it; fails the test with the loader's errors.</summary>
    public static ActorGraphData Load(ActorGraphData graph)
    {
        using var dir = new TempDir();
        var seed = dir.File("seed");
        ImportWriter.WriteSeedFolder(graph, seed, replace: false);
        var loaded = SeedLoader.Load(seed);
        Assert.True(loaded.Succeeded, "the imported seed does not load:\n" + string.Join("\n", loaded.Errors.Take(20)));
        return loaded.Graph!;
    }
}
