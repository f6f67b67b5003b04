using ActorGraph.Analysis.Components;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using CsCheck;
using QuikGraph.Algorithms.ConnectedComponents;

namespace ActorGraph.Analysis.Tests.Components;

public sealed class ConnectedComponentsTests
{
    [Fact]
    public void Known_graph_has_one_weak_and_two_strong_components()
    {
        // networkx 2.8.8: number_weakly_connected_components = 1, number_strongly_connected_components = 2.
        var g = KnownGraph.Build();
        Assert.Equal(1, ConnectedComponents.Weak(g).Count);
        var strong = ConnectedComponents.Strong(g);
        Assert.Equal(2, strong.Count);
        Assert.Equal([6, 1], strong.Sizes.OrderDescending().ToArray());
    }

    [Fact]
    public void A_long_chain_does_not_overflow_the_stack()
    {
        const int n = 200_000;
        var src = Enumerable.Range(0, n - 1).ToArray();
        var dst = Enumerable.Range(1, n - 1).ToArray();
        var ones = Enumerable.Repeat(1.0, n - 1).ToArray();
        var g = CompactGraph.FromArcs(n, src, dst, ones, ones);
        Assert.Equal(n, ConnectedComponents.Strong(g).Count);
        Assert.Equal(1, ConnectedComponents.Weak(g).Count);
    }

    [Fact]
    public void Partitions_agree_with_QuikGraph()
    {
        RandomGraphs.Directed(maxN: 30).Sample(spec =>
        {
            var g = spec.Build();
            var weak = new WeaklyConnectedComponentsAlgorithm<int, CompactEdge>(g); // QuikGraph on the compact graph itself
            weak.Compute();
            AssertSamePartition(weak.Components, ConnectedComponents.Weak(g), g.VertexCount);
            var strong = new StronglyConnectedComponentsAlgorithm<int, CompactEdge>(g);
            strong.Compute();
            AssertSamePartition(strong.Components, ConnectedComponents.Strong(g), g.VertexCount);
        }, iter: 300);
    }

    private static void AssertSamePartition(IDictionary<int, int> reference, ComponentResult mine, int n)
    {
        Assert.Equal(reference.Values.Distinct().Count(), mine.Count);
        Assert.Equal(n, mine.Sizes.Sum());
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                Assert.Equal(reference[u] == reference[v], mine.Membership[u] == mine.Membership[v]);
            }
        }
    }
}
