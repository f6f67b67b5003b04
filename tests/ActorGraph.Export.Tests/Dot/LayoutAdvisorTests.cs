using ActorGraph.Export.Dot;

namespace ActorGraph.Export.Tests.Dot;

public class LayoutAdvisorTests
{
    [Theory]
    [InlineData(10, LayoutEngine.Dot)]
    [InlineData(200, LayoutEngine.Dot)]
    [InlineData(201, LayoutEngine.Sfdp)]
    [InlineData(100_000, LayoutEngine.Sfdp)]
    public void Picks_dot_for_small_and_sfdp_for_large_graphs(int nodes, LayoutEngine expected)
    {
        var advice = LayoutAdvisor.Advise(null, nodes);
        Assert.Equal(expected, advice.Engine);
        Assert.Null(advice.Warning);
    }

    [Fact]
    public void Forcing_dot_on_a_large_graph_warns_but_obeys()
    {
        var advice = LayoutAdvisor.Advise(LayoutEngine.Dot, 5000);
        Assert.Equal(LayoutEngine.Dot, advice.Engine);
        Assert.Contains("5000 nodes", advice.Warning, StringComparison.Ordinal);
        Assert.Contains("--layout sfdp", advice.Warning, StringComparison.Ordinal);
        Assert.Null(LayoutAdvisor.Advise(LayoutEngine.Dot, 50).Warning);
        Assert.Null(LayoutAdvisor.Advise(LayoutEngine.Neato, 5000).Warning);
    }
}
