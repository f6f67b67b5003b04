using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>Facts about an <see cref="ActorGraphData"/> that every projection needs, computed once per graph and kept
/// as long as the graph lives: the actor index of each relation's endpoints (-1 when unknown) and the latest date.
/// Looking endpoints up by string id costs more than the rest of a projection, so it is done once.</summary>
internal sealed class GraphIndex
{
    private static readonly ConditionalWeakTable<ActorGraphData, GraphIndex> Cache = new();

    private GraphIndex(int[] sources, int[] targets, DateOnly? latest)
    {
        Sources = sources;
        Targets = targets;
        LatestDate = latest;
    }

    public int[] Sources { get; }
    public int[] Targets { get; }
    public DateOnly? LatestDate { get; }

    /// <summary>The index of <paramref name="data"/>: O(V + E) on first use, then O(1).</summary>
    public static GraphIndex Of(ActorGraphData data) => Cache.GetValue(data, Build);

    private static GraphIndex Build(ActorGraphData data)
    {
        var m = data.Relations.Length;
        var sources = new int[m];
        var targets = new int[m];
        DateOnly? latest = null;
        for (var r = 0; r < m; r++)
        {
            var relation = data.Relations[r];
            sources[r] = data.IndexOf(relation.Source);
            targets[r] = data.IndexOf(relation.Target);
            latest = Max(latest, Max(relation.When.Start, relation.When.End));
        }
        foreach (var p in data.Processes) latest = Max(latest, Max(p.When.Start, p.When.End));
        return new GraphIndex(sources, targets, latest);
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
