using ActorGraph.Analysis.Centrality;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using CsCheck;

namespace ActorGraph.Analysis.Tests.Centrality;

public sealed class VertexDiameterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_bound_is_never_below_the_most_vertices_on_a_shortest_path(bool unitLengths)
    {
        RandomGraphs.Directed(maxN: 30, maxDistance: unitLengths ? 1 : 4).Sample(spec =>
        {
            var g = spec.Build();
            var bound = VertexDiameter.UpperBound(g, equalLengths: unitLengths);
            Assert.True(bound >= MostVerticesOnAShortestPath(g), $"bound {bound} below the true vertex diameter");
            Assert.True(bound <= g.VertexCount);
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void A_chain_of_one_way_edges_is_bounded_by_its_length_and_a_cycle_by_its_size()
    {
        var chain = Graph(10, Enumerable.Range(0, 9).Select(v => (v, v + 1)));
        Assert.Equal(10, VertexDiameter.UpperBound(chain, equalLengths: true));
        var cycle = Graph(10, Enumerable.Range(0, 10).Select(v => (v, (v + 1) % 10)));
        Assert.Equal(10, VertexDiameter.UpperBound(cycle, equalLengths: true));
    }

    [Fact]
    public void A_large_hub_component_costs_its_depth_both_ways_not_its_size()
    {
        // A two-way star of 50 leaves (depth 1 from the hub each way: at most 3 vertices per path inside it), fed by a
        // one-way chain 100 → 101 → 102 → leaf 1 and feeding one-way into 103 from leaf 2: 3 + 3 + 1 = 7 on the longest route.
        var arcs = Enumerable.Range(1, 50).SelectMany(v => new[] { (0, v), (v, 0) })
            .Concat([(100, 101), (101, 102), (102, 1), (2, 103)]);
        var g = Graph(104, arcs);
        Assert.Equal(7, VertexDiameter.UpperBound(g, equalLengths: true));
        Assert.Equal(7, MostVerticesOnAShortestPath(g));
        Assert.Equal(55, VertexDiameter.UpperBound(g, equalLengths: false)); // other lengths: the whole component counts
    }

    private static CompactGraph Graph(int n, IEnumerable<(int U, int V)> arcs)
    {
        var list = arcs.ToArray();
        var ones = Enumerable.Repeat(1.0, list.Length).ToArray();
        return CompactGraph.FromArcs(n, list.Select(a => a.U).ToArray(), list.Select(a => a.V).ToArray(), ones, ones);
    }

    /// <summary>Floyd–Warshall on (length, most edges among the shortest): the largest edge count + 1 over reachable pairs.</summary>
    private static int MostVerticesOnAShortestPath(CompactGraph g)
    {
        var n = g.VertexCount;
        var dist = new double[n, n];
        var hops = new int[n, n];
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) dist[i, j] = i == j ? 0 : double.PositiveInfinity;
        for (var u = 0; u < n; u++)
        {
            for (var e = g.Offsets[u]; e < g.Offsets[u + 1]; e++)
            {
                var v = g.Targets[e];
                if (v == u || g.Distances[e] >= dist[u, v]) continue;
                dist[u, v] = g.Distances[e];
                hops[u, v] = 1;
            }
        }
        for (var k = 0; k < n; k++)
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                {
                    if (i == k || j == k || i == j) continue;
                    var through = dist[i, k] + dist[k, j];
                    if (through < dist[i, j]) { dist[i, j] = through; hops[i, j] = hops[i, k] + hops[k, j]; }
                    else if (through == dist[i, j] && !double.IsInfinity(through)) hops[i, j] = Math.Max(hops[i, j], hops[i, k] + hops[k, j]);
                }
        var most = n > 0 ? 1 : 0;
        for (var i = 0; i < n; i++) for (var j = 0; j < n; j++) if (i != j && !double.IsInfinity(dist[i, j])) most = Math.Max(most, hops[i, j] + 1);
        return most;
    }
}
