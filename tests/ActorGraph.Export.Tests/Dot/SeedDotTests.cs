using ActorGraph.TestSupport.Rendering;
using ActorGraph.Export.Dot;
using ActorGraph.Export.Tests.Support;
using Snapshooter.Xunit;

namespace ActorGraph.Export.Tests.Dot;

public class SeedDotTests
{
    [SkippableFact]
    public async Task Seed_dot_matches_the_snapshot_and_renders()
    {
        var dot = DotWriter.Write(SeedGraph.Data);
        Snapshot.Match(dot);
        var nodes = Graphviz.NodeTexts(await Graphviz.RenderSvgAsync(dot));
        foreach (var actor in SeedGraph.Data.Actors) Assert.Contains("a:" + actor.Id, nodes.Keys);
    }
}
