using QuikGraph;
using QuikGraph.Algorithms.Search;

namespace ActorGraph.Analysis.Components;

/// <summary>Who can reach whom, with QuikGraph's own breadth-first search: the step behind "why is there no path"
/// explanations, which run once per failed query, where QuikGraph's per-vertex dictionaries cost little.</summary>
public static class Reachability
{
    /// <summary>The fewest hops from <paramref name="source"/> to <paramref name="target"/> over out-edges, or null when
    /// there is no chain. QuikGraph's <see cref="BreadthFirstSearchAlgorithm{TVertex, TEdge}"/>, aborted when the target
    /// is discovered: O(V + E) at most (its set-up touches every vertex).</summary>
    public static int? Hops<TVertex, TEdge>(IVertexListGraph<TVertex, TEdge> graph, TVertex source, TVertex target)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!graph.ContainsVertex(source) || !graph.ContainsVertex(target)) return null;
        if (EqualityComparer<TVertex>.Default.Equals(source, target)) return 0;
        var bfs = new BreadthFirstSearchAlgorithm<TVertex, TEdge>(graph);
        var depth = new Dictionary<TVertex, int> { [source] = 0 };
        bfs.TreeEdge += edge =>
        {
            depth[edge.Target] = depth[edge.Source] + 1;
            if (EqualityComparer<TVertex>.Default.Equals(edge.Target, target)) bfs.Abort();
        };
        bfs.Compute(source);
        return depth.TryGetValue(target, out var hops) ? hops : null;
    }
}
