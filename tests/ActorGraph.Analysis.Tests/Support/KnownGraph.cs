using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Tests.Support;

/// <summary>A 7-vertex directed graph with tied path lengths and one dangling vertex (6), whose betweenness, PageRank,
/// dyad betweenness and k shortest paths were computed once with networkx 2.8.8 (Debian python3-networkx) by building
/// <c>nx.DiGraph</c> with these arcs as attributes <c>dist</c> and <c>strength</c> and calling
/// <c>betweenness_centrality(G, weight='dist', normalized=False)</c>, <c>pagerank(G, weight='strength')</c>,
/// <c>betweenness_centrality_subset(G, [0], [5], weight='dist', normalized=False)</c> and
/// <c>shortest_simple_paths(G, 0, 5, weight='dist')</c>.</summary>
internal static class KnownGraph
{
    public static readonly (int U, int V, double Distance, double Strength)[] Arcs =
    [
        (0, 1, 1, 0.9), (0, 2, 2, 0.5), (1, 2, 1, 0.3), (1, 3, 3, 0.8), (2, 3, 1, 1.0), (2, 4, 4, 0.2),
        (3, 4, 1, 0.6), (3, 5, 2, 0.4), (4, 5, 1, 0.7), (5, 0, 3, 0.1), (4, 1, 2, 0.5), (3, 6, 1, 0.5),
    ];

    public static CompactGraph Build() => CompactGraph.FromArcs(7,
        Arcs.Select(a => a.U).ToArray(), Arcs.Select(a => a.V).ToArray(),
        Arcs.Select(a => a.Distance).ToArray(), Arcs.Select(a => a.Strength).ToArray());

    public static readonly double[] Betweenness = [5.0, 8.5, 14.0, 15.0, 6.5, 4.0, 0.0];
    public static readonly double[] PageRank = [0.1532084897, 0.1596696627, 0.1162876085, 0.2138388302, 0.1219440085, 0.1416990538, 0.0933523466];
    public static readonly double[] SubsetFrom0To5 = [0.0, 0.5, 1.0, 1.0, 0.5, 0.0, 0.0];
    public static readonly double[] FivePathCostsFrom0To5 = [5, 5, 5, 5, 6];
}
