using ActorGraph.Core.Storage;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>The row loop every line-based reader shares: blank lines skipped, rows counted, progress
/// about every 65,536 rows, cancellation checked there, and a last progress report at the end.</summary>
public static class RowLoop
{
    private const int ProgressEvery = 1 << 16;

    /// <summary>Handles one non-blank line; returns false when the line is not a data row (a header), so
    /// that it is not counted.</summary>
    public delegate bool RowHandler(ReadOnlySpan<char> line, long lineNumber);

    /// <summary>Feeds every remaining non-blank line of <paramref name="lines"/> to <paramref name="handle"/>.</summary>
    public static void Run(LineReader lines, string partName, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken, RowHandler handle)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(handle);
        var sinceProgress = 0;
        while (lines.TryReadLine(out var line))
        {
            if (line.IsWhiteSpace()) continue;
            if (++sinceProgress == ProgressEvery)
            {
                sinceProgress = 0;
                progress?.Report(new StoreProgress(partName, diagnostics.RowsRead, null));
                cancellationToken.ThrowIfCancellationRequested();
            }
            if (handle(line, lines.LineNumber)) diagnostics.CountRow();
        }
        progress?.Report(new StoreProgress(partName, diagnostics.RowsRead, null));
    }
}
