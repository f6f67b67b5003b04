using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Paths;

/// <summary>Reusable <see cref="DijkstraSearch"/> instances per graph. A search's work arrays cost O(V + E) to allocate
/// and nothing to reset (generation stamps), so repeated queries on a large graph (the service, Yen's spur searches,
/// approximate betweenness) rent one instead of allocating. Kept as long as the graph lives; thread-safe.</summary>
public static class SearchPool
{
    private static readonly ConditionalWeakTable<CompactGraph, ConcurrentBag<DijkstraSearch>> Pools = new();

    /// <summary>A search for <paramref name="graph"/>: a returned one if any, else a new one.</summary>
    public static DijkstraSearch Rent(CompactGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Pools.GetOrCreateValue(graph).TryTake(out var search) ? search : new DijkstraSearch(graph);
    }

    /// <summary>Gives <paramref name="search"/> back for reuse (at most a few per graph are kept).</summary>
    public static void Return(DijkstraSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        search.ClearBlocks();
        search.SetPotential(null);
        var bag = Pools.GetOrCreateValue(search.Graph);
        if (bag.Count < Environment.ProcessorCount * 2) bag.Add(search);
    }
}
