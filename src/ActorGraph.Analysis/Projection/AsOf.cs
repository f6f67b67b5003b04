using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>What counts as current at an as-of date.</summary>
public static class AsOf
{
    /// <summary>True when <paramref name="process"/> is a live channel at <paramref name="asOf"/> (null = now).</summary>
    /// <remarks>Its dates must contain the date. A collapsed or ended process is history, not a channel:
    /// with no as-of date it never counts; with one it counts only on dates up to its end date (and not
    /// at all when no end date is known, since we cannot tell when it stopped).</remarks>
    public static bool IsCurrent(MediationProcess process, DateOnly? asOf)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.When.Contains(asOf)) return false;
        if (process.IsActive) return true;
        return asOf is { } d && process.When.End is { } end && d <= end;
    }

    /// <summary>The latest start or end date of any relation or process, or null when nothing is dated.
    /// The reference date for recency when no as-of date is given. O(E) on the first call for a graph, then O(1).</summary>
    public static DateOnly? LatestDate(ActorGraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return GraphIndex.Of(data).LatestDate;
    }
}
