using ActorGraph.Import;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Cli.Commands.Import;

/// <summary>The JSON printed by <c>import ... --format json</c>.</summary>
/// <param name="Format">The input format.</param>
/// <param name="Files">Input files.</param>
/// <param name="Output">Where the graph went: the seed folder, the store, or null for a dry run.</param>
/// <param name="CameoVersion">The CAMEO code book the mapping is pinned to.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsImported">Rows aggregated into ties.</param>
/// <param name="RowsSkipped">Rows skipped, by reason (kebab case).</param>
/// <param name="Malformed">The first malformed rows.</param>
/// <param name="Actors">Actors.</param>
/// <param name="Relations">Relations (aggregated ties).</param>
/// <param name="ProcessesInferred">Mediation processes rebuilt from triangles.</param>
/// <param name="ProcessesReported">Mediation processes read from a data set.</param>
/// <param name="Seconds">Wall time of reading and aggregating.</param>
/// <param name="RowsPerSecond">Throughput.</param>
public sealed record ImportReport(
    string Format,
    IReadOnlyList<string> Files,
    string? Output,
    string CameoVersion,
    long RowsRead,
    long RowsImported,
    IReadOnlyDictionary<string, long> RowsSkipped,
    IReadOnlyList<ImportIssueReport> Malformed,
    int Actors,
    int Relations,
    int ProcessesInferred,
    int ProcessesReported,
    double Seconds,
    double RowsPerSecond)
{
    /// <summary>The report of a summary.</summary>
    public static ImportReport From(ImportSummary s, string? output)
    {
        ArgumentNullException.ThrowIfNull(s);
        var seconds = Math.Round(s.Elapsed.TotalSeconds, 3);
        return new ImportReport(
            s.Format,
            s.Files,
            output,
            ActorGraph.Import.Mapping.CameoMapping.Version,
            s.RowsRead,
            s.RowsImported,
            s.SkippedByReason.ToDictionary(kv => kv.Key.Label().Replace(' ', '-'), kv => kv.Value),
            [.. s.Issues.Select(i => new ImportIssueReport(i.File, i.Line, i.Reason.Label(), i.Detail))],
            s.Actors,
            s.Relations,
            s.ProcessesInferred,
            s.ProcessesReported,
            seconds,
            Math.Round(s.RowsRead / Math.Max(s.Elapsed.TotalSeconds, 1e-6)));
    }
}

/// <summary>One malformed row in the JSON report.</summary>
public sealed record ImportIssueReport(string File, long Line, string Reason, string Detail);
