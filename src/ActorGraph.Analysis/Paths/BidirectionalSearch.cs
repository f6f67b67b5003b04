using System.Runtime.InteropServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Paths;

/// <summary>The backward half of <see cref="DijkstraSearch.RunBidirectional"/>: work arrays over the in-edges.</summary>
internal sealed class BackwardState
{
    public BackwardState(int n)
    {
        Dist = new double[n];
        NextEdge = new int[n];
        NextVertex = new int[n];
        Seen = new int[n];
        Settled = new int[n];
        Heap = new IndexedMinHeap(n);
    }

    public double[] Dist { get; }
    public int[] NextEdge { get; }
    public int[] NextVertex { get; }
    public int[] Seen { get; }
    public int[] Settled { get; }
    public IndexedMinHeap Heap { get; }
}

/// <summary>Path assembly for the bidirectional search.</summary>
internal static class BidirectionalPath
{
    /// <summary>Joins the forward half (s..a, by predecessor) and the backward half (b..t, by successor) through edge e,
    /// or returns null when the halves share a vertex (only possible with zero-length edges).</summary>
    public static GraphPath? Join(CompactGraph graph, int source, int target, int a, int e, int b,
        int[] prevVertex, int[] prevEdge, int[] nextVertex, int[] nextEdge)
    {
        var front = new List<int>();
        var frontEdges = new List<int>();
        for (var v = a; v != source; v = prevVertex[v]) { front.Add(v); frontEdges.Add(prevEdge[v]); }
        front.Add(source);
        front.Reverse();
        frontEdges.Reverse();
        var vertices = new List<int>(front);
        var edges = new List<int>(frontEdges) { e };
        for (var v = b; ; v = nextVertex[v])
        {
            vertices.Add(v);
            if (v == target) break;
            edges.Add(nextEdge[v]);
        }
        if (vertices.Count != vertices.Distinct().Count()) return null;
        var cost = 0.0;
        foreach (var edge in edges) cost += graph.Distance(edge);
        return new GraphPath(ImmutableCollectionsMarshal.AsImmutableArray(vertices.ToArray()), ImmutableCollectionsMarshal.AsImmutableArray(edges.ToArray()), cost);
    }
}
