using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import;

/// <summary>What an import did: rows read and skipped (by reason), the first malformed rows, and what came out.</summary>
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
    TimeSpan Elapsed)
{
    /// <summary>Rows skipped for any reason.</summary>
    public long RowsSkipped => SkippedByReason.Values.Sum();

    /// <summary>Rows skipped because they are malformed.</summary>
    public long RowsMalformed => SkippedByReason.Where(kv => kv.Key.IsMalformed()).Sum(kv => kv.Value);
}
