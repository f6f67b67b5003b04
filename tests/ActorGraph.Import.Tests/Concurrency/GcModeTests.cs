using System.Runtime;
using ActorGraph.Import.Tests.Support;

namespace ActorGraph.Import.Tests.Concurrency;

/// <summary>The collector's mode is the whole process's. These tests change it on purpose, so they run alone.</summary>
[CollectionDefinition(nameof(GcModeTests), DisableParallelization = true)]
public sealed class GcModeCollection;

[Collection(nameof(GcModeTests))]
public class GcModeTests
{
    private static readonly string Gdelt = RealFiles.Path("gdelt2/20180326044500.export.CSV");

    [Fact]
    public void An_import_beside_a_no_gc_region_runs_and_leaves_the_region_to_its_owner()
    {
        // As when a large import holds a region while another import starts (the service, parallel callers): setting the
        // latency mode during a region throws, so the second import must leave the mode alone, not fail.
        var lines = File.ReadAllLines(Gdelt).Select(l => l + "\n").ToList();
        Assert.True(GC.TryStartNoGCRegion(200L << 20));
        ImportResult result;
        try
        {
            result = Run.Gdelt(lines);
        }
        finally
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
        Assert.NotEmpty(result.Graph.Relations);
    }

    [Fact]
    public void Imports_running_side_by_side_restore_the_mode_they_found()
    {
        var before = GCSettings.LatencyMode;
        var lines = File.ReadAllLines(Gdelt).Select(l => l + "\n").ToList();
        var counts = new int[4];
        Parallel.For(0, counts.Length, i => counts[i] = Run.Gdelt(lines).Graph.Relations.Length);
        Assert.All(counts, c => Assert.Equal(counts[0], c));
        Assert.True(counts[0] > 0);
        Assert.Equal(before, GCSettings.LatencyMode);
    }
}
