using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Csv;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Datasets;

/// <summary>The rows of one data set file: finds the mapped columns in its header and turns each row into a
/// process, or reports why it is not one.</summary>
internal sealed class DatasetRows
{
    private readonly string _file;
    private readonly ActorTable _actors;
    private readonly ImportDiagnostics _diagnostics;
    private readonly Dictionary<string, Source> _sources;
    private readonly Dictionary<string, int> _col = new(StringComparer.Ordinal);
    private readonly List<string> _cells = [];
    private readonly int _width;
    private readonly char _separator;
    private readonly string _datasetSource;

    public DatasetRows(InputPart part, MediationColumnMap map, ActorTable actors, ImportDiagnostics diagnostics, Dictionary<string, Source> sources)
    {
        _file = part.Name;
        _actors = actors;
        _diagnostics = diagnostics;
        _sources = sources;
        Lines = part.Lines();
        if (!Lines.TryReadLine(out var headerLine)) throw new ImportFailedException($"{_file}: empty file: a header line is expected");
        _separator = headerLine.Contains('\t') && !headerLine.Contains(',') ? '\t' : ',';
        if (!CsvLine.TrySplit(headerLine, _separator, _cells)) throw new ImportFailedException($"{_file}:1: the header has an unterminated quote");
        var header = new HeaderMap(_cells);
        _width = header.Count;
        foreach (var (field, column) in map.Columns)
        {
            var i = header.Find(column);
            if (i < 0) throw new ImportFailedException($"{_file}:1: --map {field}={column}: no column '{column}' in the header ({string.Join(", ", _cells.Take(20))})");
            _col[field] = i;
        }
        var name = Path.GetFileName(_file);
        _datasetSource = "dataset-" + ActorIds.FromName(name);
        sources.TryAdd(_datasetSource, new Source(_datasetSource, $"Mediation data set {name}", null, null, null));
    }

    public LineReader Lines { get; }

    private string Cell(string field) => _col.TryGetValue(field, out var i) ? _cells[i].Trim() : "";

    /// <summary>Most physical lines one row may span: a quoted cell with line breaks, as spreadsheets write long text.</summary>
    public const int MaxLinesPerRow = 200;

    private System.Text.StringBuilder? _pending;
    private long _pendingStart;
    private int _pendingLines;

    /// <summary>Reads one physical line; false when it only continues a quoted cell that goes on (the row is read
    /// with its last line), so that the caller does not count it as a row.</summary>
    public bool Feed(ReadOnlySpan<char> line, long lineNumber, out MediationProcess? process)
    {
        process = null;
        if (_pending is not null)
        {
            _pending.Append('\n').Append(line);
            _pendingLines++;
            if (!CsvLine.TrySplit(_pending.ToString(), _separator, _cells) && _pendingLines < MaxLinesPerRow && _pending.Length <= InputLimits.DefaultMaxLineChars) return false;
            var text = _pending.ToString();
            _pending = null;
            process = Read(text, _pendingStart);
            return true;
        }
        if (!CsvLine.TrySplit(line, _separator, _cells) && line.Count('"') % 2 == 1)
        {
            // An odd number of quotes: a quoted cell goes on on the next line.
            _pending = new System.Text.StringBuilder().Append(line);
            _pendingStart = lineNumber;
            _pendingLines = 1;
            return false;
        }
        process = Read(line, lineNumber);
        return true;
    }

    /// <summary>At the end of the file: a row whose quoted cell never closed is reported.</summary>
    public void Finish()
    {
        if (_pending is null) return;
        _pending = null;
        _diagnostics.CountRow();
        _diagnostics.Skip(_file, _pendingStart, SkipReason.WrongColumnCount, () => $"a quoted cell opened here is not closed within {MaxLinesPerRow} lines or by the end of the file");
    }

    private MediationProcess? Read(ReadOnlySpan<char> line, long lineNumber)
    {
        if (!CsvLine.TrySplit(line, _separator, _cells) || _cells.Count != _width)
        {
            var found = _cells.Count;
            _diagnostics.Skip(_file, lineNumber, SkipReason.WrongColumnCount, () => $"{_width} columns expected (as in the header), found {found} or an unterminated quote");
            return null;
        }
        if (!TryDate("start", lineNumber, out var start) || !TryDate("end", lineNumber, out var end)) return null;

        var byParties = _col.ContainsKey("parties");
        var all = byParties ? MediationDatasetImporter.Intern(_actors, MediationDatasetImporter.Names(Cell("parties"))) : [];
        // One cell of all signatory parties (PA-X): the first against the rest; only the set of parties is kept.
        var sideA = byParties ? [.. all.Take(1)] : MediationDatasetImporter.Intern(_actors, MediationDatasetImporter.Names(Cell("side-a")));
        var sideB = byParties ? [.. all.Skip(1)] : MediationDatasetImporter.Intern(_actors, MediationDatasetImporter.Names(Cell("side-b")));
        var parties = sideA.Concat(sideB).Distinct(StringComparer.Ordinal).ToList();
        var mediators = MediationDatasetImporter.Intern(_actors, MediationDatasetImporter.Names(Cell("mediators")))
            .Where(m => !parties.Contains(m)).ToList();
        if (sideA.IsEmpty || sideB.IsEmpty || parties.Count < 2 || mediators.Count == 0)
        {
            var what = sideA.IsEmpty || sideB.IsEmpty || parties.Count < 2 ? "two sides" : "a third party that is not a side";
            _diagnostics.Skip(_file, lineNumber, SkipReason.MissingField, () => $"not a mediation process: {what} needed");
            return null;
        }

        var outcome = Cell("outcome");
        var status = OutcomeStatus.Of(outcome, end is not null);
        string? endNote = null;
        if (status is ProcessStatus.Collapsed or ProcessStatus.Ended && end is null)
        {
            // A process that ended needs an end for the time rule (else it would count as current for ever).
            // Take the year the outcome text gives ("talks broke down, 2006") as its widest interval, else the
            // start's last possible day as a lower bound; the note says which, so the guess is never hidden.
            if (OutcomeYear(outcome, start) is { } year)
            {
                end = new PartialDate(year, null, null, year.ToString(CultureInfo.InvariantCulture));
                endNote = $"end {year} taken from the outcome text";
            }
            else if (start is { } s0)
            {
                end = new PartialDate(s0.Latest.Year, s0.Latest.Month, s0.Latest.Day, "");
                endNote = "no end given: the outcome says it ended, so it counts as history from its start's last possible day; the real end is unknown";
            }
            else
            {
                _diagnostics.Skip(_file, lineNumber, SkipReason.MissingField, () => "an ended or collapsed process with neither start nor end date cannot be placed in time");
                return null;
            }
        }
        var conflict = Cell("conflict");
        var idCell = Cell("id");
        var id = idCell.Length > 0 ? ActorIds.FromName(idCell) : string.Create(CultureInfo.InvariantCulture, $"{ActorIds.FromName(conflict.Length > 0 ? conflict : "process")}--row-{lineNumber}");
        var sides = byParties ? string.Join(", ", MediationDatasetImporter.Names(Cell("parties"))) : $"{Cell("side-a")} and {Cell("side-b")}";
        var name = $"{(conflict.Length > 0 ? conflict + ": " : "")}{sides} via {Cell("mediators")}";
        var dates = string.Join("; ", new[] { Precision("start", start), endNote ?? Precision("end", end) }.Where(d => d is not null));
        var note = $"{(outcome.Length > 0 ? $"outcome '{outcome}'" : "no outcome given")}{(dates.Length > 0 ? "; " + dates : "")}";
        var evidence = new Evidence(SourceFor(lineNumber), string.Create(CultureInfo.InvariantCulture, $"row at line {lineNumber}"), note);
        return new MediationProcess(
            id,
            name,
            [.. parties],
            [.. mediators],
            ["mediation"],
            status,
            new DateRange(start?.Earliest, end?.Latest),
            [],
            [evidence],
            Inferred: false,
            Confidence: 1.0);
    }

    /// <summary>The last four-digit year (1800–2199) in an outcome text that is not before the start, if any.</summary>
    private static int? OutcomeYear(string outcome, PartialDate? start)
    {
        int? found = null;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(outcome, @"\b(1[89]\d\d|2[01]\d\d)\b"))
        {
            var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
            if (start is null || year >= start.Value.Year) found = year;
        }
        return found;
    }

    /// <summary>A row with a URL cites that page; otherwise the data set file.</summary>
    private string SourceFor(long lineNumber)
    {
        var url = Cell("url");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return _datasetSource;
        var sourceId = SourceIds.For(url);
        var title = Cell("title");
        _sources.TryAdd(sourceId, new Source(sourceId, title.Length > 0 ? title : $"{Fields.HostOf(url) ?? "web page"} (row at line {lineNumber})", Fields.HostOf(url), null, url));
        return sourceId;
    }

    private bool TryDate(string field, long lineNumber, out PartialDate? date)
    {
        var text = Cell(field);
        if (PartialDate.TryParse(text, out date)) return true;
        _diagnostics.Skip(_file, lineNumber, SkipReason.BadDate, () => $"{field} '{text}' is not a date (YYYY-MM-DD, M/D/YYYY, or with unknown parts: 6//1998, 2/??/04, 1998)");
        return false;
    }

    /// <summary>Says when a date is known less than to the day, so that the interval in the seed is read right.</summary>
    private static string? Precision(string field, PartialDate? date) =>
        date is { IsExact: false } d ? $"{field} {d.Describe()}, given as '{d.Text}'" : null;
}
