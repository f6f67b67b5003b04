using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import;

/// <summary>What an import did: rows read and skipped (by reason), the first malformed rows, and what came out.</summary>
/// <remarks><see cref="Elapsed"/> is the whole import; <see cref="ParseElapsed"/> the streaming part (read,
/// parse, aggregate) before the graph is built (ids, evidence, triangles).</remarks>
public sealed record ImportSummary(
    string Format,
    IReadOnlyList<string> Files,
    long RowsRead,
    long RowsImported,
    IReadOnlyDictionary<SkipReason, long> SkippedByReason,
    IReadOnlyList<ImportIssue> Issues,
    int Actors,
    int Relations,
    int ProcessesInferred,
    TimeSpan Elapsed,
    TimeSpan ParseElapsed)
{
    /// <summary>Processes read as reported by a mediation data set (not inferred).</summary>
    public int ProcessesReported { get; init; }

    /// <summary>Process CPU time (all threads) spent up to the end of the streaming part; with <see cref="CpuTime"/>, the
    /// split of an import's CPU between reading and building, for benchmarks.</summary>
    public TimeSpan ParseCpu { get; init; }

    /// <summary>Process CPU time (all threads) spent by the whole import.</summary>
    public TimeSpan CpuTime { get; init; }

    /// <summary>CPU time of the thread that ran the import, up to the end of the streaming part (on Linux; zero
    /// elsewhere): the aggregation, which no other core takes. With <see cref="ParseCpu"/>, how much of the
    /// streaming part the other cores share.</summary>
    public TimeSpan ParseThreadCpu { get; init; }

    /// <summary>CPU time of the thread that ran the whole import (on Linux; zero elsewhere).</summary>
    public TimeSpan ThreadCpu { get; init; }

    /// <summary>Rows skipped for any reason.</summary>
    public long RowsSkipped => SkippedByReason.Values.Sum();

    /// <summary>Rows skipped because they are malformed.</summary>
    public long RowsMalformed => SkippedByReason.Where(kv => kv.Key.IsMalformed()).Sum(kv => kv.Value);
}
