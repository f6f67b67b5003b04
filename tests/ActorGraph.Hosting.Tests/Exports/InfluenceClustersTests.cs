using ActorGraph.TestSupport.Rendering;
using ActorGraph.Export;
using ActorGraph.Export.Dot;
using ActorGraph.Hosting.Exports;
using ActorGraph.Hosting.Tests.Support;

namespace ActorGraph.Hosting.Tests.Exports;

public class InfluenceClustersTests
{
    [SkippableFact]
    public async Task Seed_clusters_split_the_warring_sides_and_draw_as_boxes()
    {
        var clusters = InfluenceClusters.Compute(SeedGraph.Data);
        Assert.NotEqual(clusters["hamas"], clusters["israel"]);
        Assert.All(clusters.Values, c => Assert.True(c >= 1));
        // Only clusters of two or more actors are listed.
        Assert.All(clusters.GroupBy(kv => kv.Value), g => Assert.True(g.Count() >= 2));
        Assert.All(clusters.Keys, id => Assert.NotNull(SeedGraph.Data.FindActor(id)));
        Assert.Equal(clusters, InfluenceClusters.Compute(SeedGraph.Data));

        var dot = DotWriter.Write(SeedGraph.Data, new ExportOptions { Group = GroupMode.Cluster, Clusters = clusters });
        foreach (var number in clusters.Values.Distinct())
            Assert.Contains($"subgraph \"cluster_c{number}\"", dot, StringComparison.Ordinal);
        var boxes = Graphviz.Boxes(await Graphviz.RenderSvgAsync(dot));
        Assert.Equal(clusters.Values.Distinct().Count(), boxes); // the legend is the graph label, not a box
    }

    [SkippableFact]
    public void As_of_date_changes_what_is_clustered()
    {
        var graph = SampleGraphs.Small();
        var all = InfluenceClusters.Compute(graph);
        var early = InfluenceClusters.Compute(graph, new DateOnly(2015, 1, 1));
        var late = InfluenceClusters.Compute(graph, new DateOnly(2024, 12, 1));
        // In 2015 the old north-west alliance held; by late 2024 it had ended (2023), so they are no longer boxed together.
        Assert.Equal(early["north"], early["west"]);
        Assert.DoesNotContain("west", late.Keys);
        // Camps mean alignment: the agency sits with its state; contact (meetings, mediation) boxes nobody with a side.
        Assert.Equal(all["east"], all["east-intel"]);
        Assert.DoesNotContain("south", all.Keys);
    }
}
