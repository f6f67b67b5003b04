using System.Diagnostics;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import;

/// <summary>Runs an import: every file through one reader into one aggregator, then builds the graph.
/// Nothing is written here; see <see cref="Output.ImportWriter"/> for that.</summary>
public static class EventImporter
{
    /// <summary>Imports <paramref name="files"/> with <paramref name="reader"/>.</summary>
    /// <exception cref="ImportFailedException">A file cannot be read, or a row is malformed under strict mode.</exception>
    public static ImportResult Import(
        IEventReader reader,
        IReadOnlyList<string> files,
        ImportOptions options,
        IProgress<StoreProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (files.Count == 0) throw new ImportFailedException("no input file given");
        var clock = Stopwatch.StartNew();
        var aggregator = new EventAggregator(reader.Style, options.Aggregation);
        var diagnostics = new ImportDiagnostics(options.Strict, options.MaxIssues);
        foreach (var file in files)
        {
            foreach (var part in InputFiles.Open(file))
            {
                using (part)
                {
                    try
                    {
                        reader.Read(part, aggregator, diagnostics, progress, cancellationToken);
                    }
                    catch (InvalidDataException ex)
                    {
                        throw new ImportFailedException($"{part.Name}: the compressed data is damaged: {ex.Message}", ex);
                    }
                    catch (IOException ex)
                    {
                        throw new ImportFailedException($"{part.Name}: read error: {ex.Message}", ex);
                    }
                }
            }
        }
        var parsed = clock.Elapsed;
        var graph = aggregator.Build(reader.DescribeActor, (key, facts) => reader.DescribeEvidence(key, facts)
            ?? new EvidenceDraft(key, null, key, null, facts.Date, $"event {facts.EventId}", facts.Code.ToString()));
        var summary = new ImportSummary(
            reader.FormatName,
            files,
            diagnostics.RowsRead,
            diagnostics.RowsImported,
            diagnostics.SkippedByReason(),
            diagnostics.Issues,
            graph.Actors.Length,
            graph.Relations.Length,
            graph.Processes.Length,
            clock.Elapsed,
            parsed);
        return new ImportResult(graph, summary);
    }
}
