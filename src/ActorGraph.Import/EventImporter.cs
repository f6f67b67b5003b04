using System.Diagnostics;
using System.Runtime;
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
    /// <exception cref="ImportFailedException">A file cannot be read, a row is malformed under strict mode, a
    /// limit is exceeded (<see cref="ImportLimitException"/>), or no row could be used.</exception>
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
        // A batch job: throughput over pause times (no background GC while millions of ties are built).
        // The mode is the whole process's: ImportGcModes leaves it to the first import in flight.
        var latency = ImportGcModes.EnterBatch();
        try
        {
            return Run(reader, files, options, progress, cancellationToken);
        }
        finally
        {
            ImportGcModes.ExitBatch(latency);
        }
    }

    private static ImportResult Run(IEventReader reader, IReadOnlyList<string> files, ImportOptions options, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var cpuStart = Environment.CpuUsage.TotalTime;
        var threadStart = ThreadCpu.Now();
        var aggregator = new EventAggregator(reader.Style, options.Aggregation);
        var diagnostics = new ImportDiagnostics(options.Strict, options.MaxIssues);
        aggregator.Reserve(ExpectedRows(files));
        foreach (var file in files)
        {
            foreach (var part in InputFiles.Open(file, options.Limits ?? InputLimits.Default))
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
        if (diagnostics.RowsImported == 0) throw NothingUsable(reader, files, diagnostics);
        var parsed = clock.Elapsed;
        var parsedCpu = Environment.CpuUsage.TotalTime - cpuStart;
        var parsedThreadCpu = ThreadCpu.Now() - threadStart;
        var graph = aggregator.Build(reader.DescribeActor, (key, facts) => reader.DescribeEvidence(key, facts)
            ?? new EvidenceDraft(key, null, key, null, facts.Date, $"event {facts.EventId}", facts.Code.ToString()),
            reader.DescribeSource);
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
            parsed)
        {
            ParseCpu = parsedCpu,
            CpuTime = Environment.CpuUsage.TotalTime - cpuStart,
            ParseThreadCpu = parsedThreadCpu,
            ThreadCpu = ThreadCpu.Now() - threadStart,
        };
        return new ImportResult(graph, summary);
    }

    /// <summary>Bytes per row below which few event files go (GDELT 2.0 exports run ~400 bytes a row): the row count of
    /// the input is estimated as its size over this, an upper estimate for the columns' room
    /// (<see cref="EventAggregator.Reserve"/>).</summary>
    internal const int BytesPerRowEstimate = 256;

    /// <summary>About how many rows <paramref name="files"/> hold, from their sizes on disk (compressed files count their
    /// compressed size: an underestimate, so the columns grow as before); 0 when no size is known.</summary>
    internal static long ExpectedRows(IReadOnlyList<string> files)
    {
        long bytes = 0;
        foreach (var file in files)
        {
            try
            {
                if (File.Exists(file)) bytes += new FileInfo(file).Length;
            }
            catch (IOException)
            {
                // A size is only a hint; the read reports the file's problem.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return bytes / BytesPerRowEstimate;
    }

    /// <summary>No row became a tie: an empty seed would only hide the problem. Says what was read and the
    /// commonest reason with its first example, so that a wrong format or layout is plain.</summary>
    private static ImportFailedException NothingUsable(IEventReader reader, IReadOnlyList<string> files, ImportDiagnostics diagnostics)
    {
        var names = string.Join(", ", files.Select(Path.GetFileName));
        if (diagnostics.RowsRead == 0)
            return new ImportFailedException($"{names}: no {reader.FormatName} rows found: the input is empty or holds only a header");
        var reasons = diagnostics.SkippedByReason().OrderByDescending(kv => kv.Value)
            .Select(kv => $"{kv.Value:N0} {kv.Key.Label()}");
        var example = diagnostics.Issues.Count > 0 ? $"; first: {diagnostics.Issues[0]}" : "";
        return new ImportFailedException(
            $"{names}: none of {diagnostics.RowsRead:N0} rows could be imported as {reader.FormatName} ({string.Join(", ", reasons)}){example}. Nothing was written.");
    }
}
