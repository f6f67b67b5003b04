using ActorGraph.Analysis.Paths;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Tests.Support;
using CsCheck;
using QuikGraph;
using QuikGraph.Algorithms;

namespace ActorGraph.Analysis.Tests.QuikGraphApi;

/// <summary>What a QuikGraph user gets: QuikGraph's own algorithms on the projection, and the project's kernels on
/// QuikGraph's own graph classes.</summary>
public sealed class QuikGraphPathsTests
{
    [Fact]
    public void A_library_user_gets_the_paths_of_actorgraph_paths_from_QuikGraph_alone()
    {
        // The projection is the only ActorGraph call; the ranking is QuikGraph's Hoffman-Pavley with the edges' distances.
        var data = SeedGraph.Data;
        var query = new PathQuery(K: 5);
        var graph = GraphProjection.ToCompact(data, query.ToProjection());
        var compared = 0;
        for (var s = 0; s < data.Actors.Length; s++)
        {
            for (var t = 0; t < data.Actors.Length; t++)
            {
                if (s == t || graph.OutDegree(s) == 0) continue;
                var ours = PathFinder.Find(data, data.Actors[s].Id, data.Actors[t].Id, query);
                var theirs = graph.RankedShortestPathHoffmanPavley(e => e.Distance, s, t, query.K)
                    .Select(path => path.ToList())
                    .Select(edges => (Cost: edges.Sum(e => e.Distance), Actors: new[] { s }.Concat(edges.Select(e => e.Target)).Select(v => data.Actors[v].Id).ToArray()))
                    .ToList();
                Assert.Equal(theirs.Select(p => Math.Round(p.Cost, 9)), ours.Paths.Select(p => Math.Round(p.Cost, 9)));
                var last = ours.Paths.IsEmpty ? 0 : ours.Paths[^1].Cost;
                foreach (var path in theirs.Where(p => p.Cost < last - 1e-9))
                    Assert.Contains(ours.Paths, p => p.Actors.SequenceEqual(path.Actors)); // below the last cost, the same paths
                compared += ours.Paths.Length;
            }
        }
        Assert.True(compared > 100, $"only {compared} paths compared");
    }

    [Fact]
    public void K_shortest_paths_run_on_any_QuikGraph_graph_and_agree_with_the_compact_fast_path()
    {
        RandomGraphs.Directed(maxN: 12).Sample(spec =>
        {
            var compact = spec.Build();
            var quik = new BidirectionalGraph<string, TaggedEdge<string, double>>();
            quik.AddVertexRange(Enumerable.Range(0, spec.N).Select(Name));
            foreach (var (u, v, d, _) in spec.Arcs) quik.AddEdge(new TaggedEdge<string, double>(Name(u), Name(v), d));
            var generic = new KShortestPathsAlgorithm<string, TaggedEdge<string, double>>(quik, e => e.Tag) { ShortestPathCount = 4 };
            generic.Compute(Name(0), Name(spec.N - 1));
            var fast = new KShortestPathsAlgorithm<int, CompactEdge>(compact) { ShortestPathCount = 4 };
            fast.Compute(0, spec.N - 1);
            Assert.Same(compact, fast.Graph); // no copy
            Assert.Equal(fast.ComputedCosts, generic.ComputedCosts);
            foreach (var path in generic.ComputedShortestPaths)
            {
                var edges = path.ToList();
                Assert.Equal(Name(0), edges[0].Source);
                for (var i = 1; i < edges.Count; i++) Assert.Equal(edges[i - 1].Target, edges[i].Source);
            }
            Assert.Equal(generic.ComputedShortestPaths.Select(p => p.Sum(e => e.Tag)), generic.ComputedCosts);
        }, iter: 200);
    }

    [Fact]
    public void No_path_explanations_use_QuikGraph_reachability_and_agree_with_breadth_first_hops()
    {
        RandomGraphs.Directed(maxN: 20).Sample(spec =>
        {
            var g = spec.Build();
            for (var t = 0; t < g.VertexCount; t++)
                Assert.Equal(ActorGraph.Analysis.Components.HopDistance.Between(g, 0, t), ActorGraph.Analysis.Components.Reachability.Hops(g, 0, t));
        }, iter: 200);
    }

    private static string Name(int v) => "v" + v;
}
