using ActorGraph.Analysis.Projection;
using QuikGraph;

namespace ActorGraph.Analysis.Tests.Support;

/// <summary>The one QuikGraph algorithm that cannot run on a <see cref="CompactGraph"/> as it is: QuikGraph's Yen accepts only
/// <c>AdjacencyGraph&lt;T, EquatableTaggedEdge&lt;T, double&gt;&gt;</c>, so the reference tests copy into one (one edge per
/// (u, v): its edge equality ignores the weight).</summary>
internal static class QuikGraphCopies
{
    public static AdjacencyGraph<int, EquatableTaggedEdge<int, double>> ForYen(CompactGraph graph)
    {
        var result = new AdjacencyGraph<int, EquatableTaggedEdge<int, double>>(allowParallelEdges: true);
        result.AddVertexRange(graph.Vertices);
        result.AddEdgeRange(graph.Edges.Select(e => new EquatableTaggedEdge<int, double>(e.Source, e.Target, e.Distance)));
        return result;
    }
}
