namespace ActorGraph.Core.Model;

/// <summary>The sources of a large graph kept compactly (for example an importer's URLs in one UTF-8 buffer and its
/// ids as integers) and built into <see cref="Source"/> records only when one is read. A graph made with a table
/// (<see cref="ActorGraphData"/>'s table constructor) answers <see cref="ActorGraphData.SourcesById"/> through the
/// table's own lookup and makes the whole <see cref="ActorGraphData.Sources"/> list only when something asks for it
/// (a seed writer, an export), which spares a large import one record, one id string and one dictionary entry per
/// source. A table must not change once a graph refers to it, and must be safe to read from several threads.</summary>
public abstract class SourceTable
{
    /// <summary>How many sources the table holds.</summary>
    public abstract int Count { get; }

    /// <summary>The source at position <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), built anew:
    /// equal records on every call.</summary>
    public abstract Source At(int index);

    /// <summary>The position of the source with id <paramref name="id"/>, or -1. When two sources share an id, the
    /// later one (as the graph's dictionary of sources by id keeps the later one).</summary>
    public abstract int IndexOf(string id);

    /// <summary>The latest <see cref="Source.Date"/> of any source, or null when none is dated. The default builds
    /// every record; a table that keeps dates apart should override it.</summary>
    public virtual DateOnly? LatestDate()
    {
        DateOnly? latest = null;
        for (var i = 0; i < Count; i++)
        {
            if (At(i).Date is { } d && (latest is null || d > latest)) latest = d;
        }
        return latest;
    }
}
