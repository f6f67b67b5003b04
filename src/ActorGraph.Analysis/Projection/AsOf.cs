using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>What counts as current at a date, under the one time rule (<see cref="TimeScope"/>).</summary>
public static class AsOf
{
    /// <summary>True when <paramref name="process"/> of <paramref name="data"/> is known and still valid at
    /// <paramref name="date"/>, or, for a null date, at the latest date on record.</summary>
    /// <remarks>The dates decide, not the status word: a process holds from its start (else from its sources' date)
    /// to its end; an ended or collapsed process with no end date is taken to end at its last dated evidence.</remarks>
    public static bool IsCurrent(ActorGraphData data, MediationProcess process, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(process);
        var index = SemanticIndex.Of(data);
        var p = data.Processes.IndexOf(process);
        if (p < 0) throw new ArgumentException("the process is not in the graph", nameof(process));
        return index.ProcessHoldsAt(p, date ?? index.LatestDate);
    }

    /// <summary>The latest date on record (relation, process, outcome and source dates), or null when nothing is dated.
    /// The reference date for recency and "current" when no as-of date is given. O(E) on the first call for a graph, then O(1).</summary>
    public static DateOnly? LatestDate(ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return SemanticIndex.Of(data).LatestDate;
    }
}
