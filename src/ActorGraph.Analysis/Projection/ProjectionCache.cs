using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>The last few projections of each graph, so that repeated queries (the HTTP service, the benchmark) do not
/// project 500k relations each time. Keyed by options equality; at most <see cref="Capacity"/> per graph.</summary>
internal static class ProjectionCache
{
    public const int Capacity = 8;

    private static readonly ConditionalWeakTable<ActorGraphData, List<(ProjectionOptions Options, CompactGraph Graph)>> Cache = new();

    public static CompactGraph Get(ActorGraphData data, ProjectionOptions options)
    {
        var entries = Cache.GetValue(data, _ => []);
        lock (entries)
        {
            foreach (var (o, g) in entries)
            {
                if (o == options) return g;
            }
        }
        var graph = GraphProjection.ToCompact(data, options); // outside the lock: two threads may both build; one wins
        lock (entries)
        {
            foreach (var (o, g) in entries)
            {
                if (o == options) return g;
            }
            if (entries.Count >= Capacity) entries.RemoveAt(0);
            entries.Add((options, graph));
        }
        return graph;
    }
}
