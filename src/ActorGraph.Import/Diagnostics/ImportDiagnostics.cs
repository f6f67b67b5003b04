namespace ActorGraph.Import.Diagnostics;

/// <summary>Counts rows and skipped rows by reason while an import runs, and keeps the first few
/// problem rows with file and line. Under strict mode the first malformed row stops the import.</summary>
/// <remarks>Not thread-safe: one reader feeds it at a time.</remarks>
public sealed class ImportDiagnostics
{
    private readonly long[] _skipped = new long[Enum.GetValues<SkipReason>().Length];
    private readonly List<ImportIssue> _issues = [];
    private readonly int _maxIssues;
    private readonly bool _strict;

    /// <summary>Creates a collector keeping at most <paramref name="maxIssues"/> detailed issues.</summary>
    public ImportDiagnostics(bool strict, int maxIssues = 10)
    {
        _strict = strict;
        _maxIssues = Math.Max(0, maxIssues);
    }

    /// <summary>True when the first malformed row stops the import.</summary>
    public bool Strict => _strict;

    /// <summary>How many malformed rows are kept with their detail.</summary>
    public int MaxIssues => _maxIssues;

    /// <summary>Data rows read (header lines and blank lines excluded).</summary>
    public long RowsRead { get; private set; }

    /// <summary>Rows that became part of a tie.</summary>
    public long RowsImported { get; private set; }

    /// <summary>Counts one data row read.</summary>
    public void CountRow() => RowsRead++;

    /// <summary>Counts one row that was aggregated into a tie.</summary>
    public void CountImported() => RowsImported++;

    /// <summary>Counts a skipped row; keeps its detail if it is among the first few;
    /// throws <see cref="ImportFailedException"/> for a malformed row in strict mode.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">1-based line number.</param>
    /// <param name="reason">Why.</param>
    /// <param name="detail">Builds the detail text; called only when the issue is kept.</param>
    public void Skip(string file, long line, SkipReason reason, Func<string> detail)
    {
        ArgumentNullException.ThrowIfNull(detail);
        _skipped[(int)reason]++;
        var malformed = reason.IsMalformed();
        if (malformed && _strict) throw new ImportFailedException(new ImportIssue(file, line, reason, detail()));
        if (malformed && _issues.Count < _maxIssues) _issues.Add(new ImportIssue(file, line, reason, detail()));
    }

    /// <summary><see cref="Skip(string, long, SkipReason, Func{string})"/> with the detail made already, or null for the
    /// reason's label: the hot row loops pass no closure (a lambda capturing the reason allocated on every row).</summary>
    public void Skip(string file, long line, SkipReason reason, string? detail = null)
    {
        _skipped[(int)reason]++;
        var malformed = reason.IsMalformed();
        if (malformed && _strict) throw new ImportFailedException(new ImportIssue(file, line, reason, detail ?? reason.Label()));
        if (malformed && _issues.Count < _maxIssues) _issues.Add(new ImportIssue(file, line, reason, detail ?? reason.Label()));
    }

    /// <summary>Skipped rows per reason, only reasons that occurred.</summary>
    public IReadOnlyDictionary<SkipReason, long> SkippedByReason() =>
        Enum.GetValues<SkipReason>().Where(r => _skipped[(int)r] > 0).ToDictionary(r => r, r => _skipped[(int)r]);

    /// <summary>The first malformed rows, in input order.</summary>
    public IReadOnlyList<ImportIssue> Issues => _issues;
}
