using System.Collections.Immutable;
using System.Diagnostics;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Csv;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Datasets;

/// <summary>Imports mediation processes from a data set table (Civil Wars Mediation, PA-X third parties,
/// or any CSV with sides, third parties, dates and outcome) through a <see cref="MediationColumnMap"/>.
/// Each row is one reported process (not inferred) with its history: dates kept with their precision
/// (<see cref="PartialDate"/>), status from the outcome (<see cref="OutcomeStatus"/>), and the row cited.</summary>
public static class MediationDatasetImporter
{
    /// <summary>The format name in summaries.</summary>
    public const string FormatName = "mediation data set";

    private static readonly char[] ListSeparators = [';', '|', ','];

    /// <summary>Imports every row of <paramref name="files"/> (plain, gzip or zip; comma- or tab-separated with a header).</summary>
    /// <exception cref="ImportFailedException">A file cannot be read, a mapped column is missing, a row is
    /// malformed under strict mode, a limit is exceeded, or no row is a usable process.</exception>
    public static ImportResult Import(
        IReadOnlyList<string> files,
        MediationColumnMap map,
        ImportOptions options,
        IProgress<StoreProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        if (files.Count == 0) throw new ImportFailedException("no input file given");
        var clock = Stopwatch.StartNew();
        var diagnostics = new ImportDiagnostics(options.Strict, options.MaxIssues);
        var actors = new ActorTable(ActorIdStyle.Name, options.Aggregation.MaxActors);
        var processes = new List<MediationProcess>();
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var part in InputFiles.Open(file, options.Limits ?? InputLimits.Default))
            {
                using (part)
                {
                    var rows = new DatasetRows(part, map, actors, diagnostics, sources);
                    RowLoop.Run(rows.Lines, part.Name, diagnostics, progress, cancellationToken, (line, lineNumber) =>
                    {
                        if (!rows.Feed(line, lineNumber, out var process)) return false;
                        if (process is not null)
                        {
                            processes.Add(process);
                            diagnostics.CountImported();
                        }
                        return true;
                    });
                    rows.Finish();
                }
            }
        }
        if (processes.Count == 0)
        {
            var reasons = string.Join(", ", diagnostics.SkippedByReason().Select(kv => $"{kv.Value:N0} {kv.Key.Label()}"));
            var first = diagnostics.Issues.Count > 0 ? $"; first: {diagnostics.Issues[0]}" : "";
            throw new ImportFailedException($"{string.Join(", ", files.Select(Path.GetFileName))}: no row is a mediation process with two sides and a third party ({diagnostics.RowsRead:N0} rows read{(reasons.Length > 0 ? ": " + reasons : "")}){first}. Nothing was written.");
        }
        var duplicate = processes.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ImportFailedException($"two rows have the process id '{duplicate.Key}'; map an id column that is unique (--map id=...)");

        var graph = new ActorGraphData(actors.ToActors(key => $"Imported from a mediation data set: '{key}'."), [], processes, sources.Values.OrderBy(s => s.Id, StringComparer.Ordinal));
        var summary = new ImportSummary(FormatName, files, diagnostics.RowsRead, diagnostics.RowsImported, diagnostics.SkippedByReason(),
            diagnostics.Issues, graph.Actors.Length, 0, 0, clock.Elapsed, clock.Elapsed)
        {
            ProcessesReported = processes.Count,
        };
        return new ImportResult(graph, summary);
    }

    /// <summary>Splits a cell listing several actors ("Norway; United States"), each without a label such as
    /// "Signed by:" or "Witnessed by:" that signatory lists (PA-X) put before names.</summary>
    internal static IEnumerable<string> Names(string cell) =>
        cell.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => SignatoryLabel.Replace(n, "").Trim())
            .Where(n => n.Length > 0 && n is not ("NA" or "-" or "none" or "None"));

    private static readonly System.Text.RegularExpressions.Regex SignatoryLabel = new(
        @"^(?:(?:signed|witnessed|mediated|facilitated|guaranteed|observed|initialled)(?:\s+by)?|signator(?:y|ies)|witness(?:es)?|mediators?|facilitators?|guarantors?|observers?|third[\s-]+part(?:y|ies)|for)\s*:\s*",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    internal static ImmutableArray<string> Intern(ActorTable actors, IEnumerable<string> names)
    {
        var ids = new List<string>();
        foreach (var name in names)
        {
            var index = actors.Intern(new ActorFields(name, name, default, default, default));
            if (index >= 0 && !ids.Contains(actors[index].Id)) ids.Add(actors[index].Id);
        }
        return [.. ids];
    }
}
