using System.Globalization;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Icews;

/// <summary>Reads ICEWS coded event files: tab-separated with a header line (<c>Event ID, Event Date,
/// Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name,
/// Target Sectors, Target Country, Story ID, Sentence Number, Publisher, ...</c>). Columns are found by
/// header name, so column order and extra columns do not matter. CAMEO codes are read as strings;
/// a leading zero lost by a spreadsheet is put back (<c>43</c> → <c>043</c>). Read as the Dataverse files come: yearly
/// <c>events.1995.*.tab</c> and weekly files, zipped or not, with or without a byte-order mark, LF or CRLF, strings
/// quoted or not, trailing empty cells dropped or added.</summary>
public sealed class IcewsEventReader : IEventReader
{
    /// <inheritdoc />
    public string FormatName => "ICEWS coded events";

    /// <inheritdoc />
    public ActorIdStyle Style => ActorIdStyle.Name;

    /// <inheritdoc />
    public string DescribeActor(string key) => $"Imported from ICEWS coded events: source/target name '{key}'.";

    /// <inheritdoc />
    public void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(aggregator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = part.Lines();
        if (!lines.TryReadLine(out var headerLine)) return;
        var header = new HeaderMap(headerLine.ToString().Split('\t'));
        var col = new Columns(header);
        var missing = col.Missing();
        if (missing.Count > 0)
            throw new ImportFailedException($"{part.Name}:1: not an ICEWS event file: no {string.Join(", ", missing)} column in the header (tab-separated)");

        var cells = new Range[header.Count + 1];
        var needed = col.LastNeeded;
        RowLoop.Run(lines, part.Name, diagnostics, progress, cancellationToken, (line, lineNumber) =>
        {
            var n = line.Split(cells, '\t');
            // Trailing empty cells dropped by a spreadsheet, or extra empty ones added (trailing tabs), leave the
            // row readable; anything else is a row this header does not describe.
            var extraEmpty = n > header.Count && line[cells[header.Count]].Trim('\t').IsWhiteSpace();
            if ((n > header.Count && !extraEmpty) || n <= needed)
            {
                var found = n > header.Count ? $"more than {header.Count}" : n.ToString(CultureInfo.InvariantCulture);
                diagnostics.Skip(part.Name, lineNumber, SkipReason.WrongColumnCount, () => $"{header.Count} columns expected (as in the header), found {found}");
                return true;
            }
            for (var i = n; i < header.Count; i++) cells[i] = new Range(line.Length, line.Length);
            ReadRow(line, cells, col, part.Name, lineNumber, aggregator, diagnostics);
            return true;
        });
    }

    private static void ReadRow(ReadOnlySpan<char> line, Range[] c, Columns col, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        var dateText = Cell(line, c, col.Date);
        if (!TryParseEventDate(dateText, out var date))
        {
            var text = dateText.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadDate, () => $"Event Date '{text}' is not a date (YYYY-MM-DD, YYYYMMDD or M/D/YYYY)");
            return;
        }
        var code = Cell(line, c, col.Cameo);
        if (code.IsEmpty)
        {
            diagnostics.Skip(file, lineNumber, SkipReason.MissingField, () => "CAMEO Code is empty");
            return;
        }
        var mapping = CameoMapping.Lookup(code, out var targetMediates);
        if (mapping is null)
        {
            var text = code.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadCode, () => $"CAMEO Code '{text}' is not a CAMEO code");
            return;
        }
        var intensity = 0.0;
        var intensityText = Cell(line, c, col.Intensity);
        if (intensityText is "NA" or "N/A") intensityText = default;
        if (!intensityText.IsEmpty && (!Fields.TryParseDouble(intensityText, out intensity) || intensity is < -10 or > 10))
        {
            var text = intensityText.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"Intensity '{text}' is not a number in -10..10");
            return;
        }
        var source = new ActorFields(Cell(line, c, col.SourceName), Cell(line, c, col.SourceName), Cell(line, c, col.SourceCountry), Cell(line, c, col.SourceSectors), default);
        var target = new ActorFields(Cell(line, c, col.TargetName), Cell(line, c, col.TargetName), Cell(line, c, col.TargetCountry), Cell(line, c, col.TargetSectors), default);
        // CAMEO 038: the target is the mediator whose mediation the source will accept; the tie runs from the target.
        var added = targetMediates
            ? aggregator.TryAdd(target, source, date, mapping, intensity, 1, out var tie, out var reason)
            : aggregator.TryAdd(source, target, date, mapping, intensity, 1, out tie, out reason);
        if (!added)
        {
            diagnostics.Skip(file, lineNumber, reason);
            return;
        }
        diagnostics.CountImported();

        var story = Cell(line, c, col.StoryId);
        if (!tie.WantsEvidence) return;
        var sourceKey = story.IsEmpty ? $"icews-event-{Cell(line, c, col.EventId)}" : $"icews-story-{story}";
        if (tie.HasSource(sourceKey)) return;
        var publisher = Cell(line, c, col.Publisher);
        var codeText = NormalisedCode(code);
        var sentence = Cell(line, c, col.Sentence);
        tie.AddEvidence(new EvidenceDraft(
            sourceKey,
            null,
            story.IsEmpty ? "ICEWS event" : $"ICEWS story {story}",
            publisher.IsEmpty ? null : publisher.ToString(),
            date,
            sentence.IsEmpty ? $"ICEWS event {Cell(line, c, col.EventId)}" : $"sentence {sentence}",
            string.Create(CultureInfo.InvariantCulture, $"CAMEO {codeText} {CameoMapping.Describe(codeText)}; intensity {intensity:0.0}")));
    }

    /// <summary>A cell without surrounding spaces and, as Dataverse's tabular export writes strings, quotes
    /// (<c>"Bangladesh"</c>; a doubled quote inside stays as written).</summary>
    private static ReadOnlySpan<char> Cell(ReadOnlySpan<char> line, Range[] cells, int i)
    {
        if (i < 0) return default;
        var cell = line[cells[i]].Trim();
        return cell.Length >= 2 && cell[0] == '"' && cell[^1] == '"' ? cell[1..^1].Trim() : cell;
    }

    /// <summary>ICEWS writes <c>2018-06-01</c>; the Dataverse files read back from a spreadsheet have <c>6/1/2018</c>
    /// (month first: the data are produced in the United States), and database dumps <c>20180601</c>.</summary>
    private static bool TryParseEventDate(ReadOnlySpan<char> text, out DateOnly date) =>
        Fields.TryParseDate(text, out date)
        || DateOnly.TryParseExact(text.Trim().Trim('"'), ["M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy H:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string NormalisedCode(ReadOnlySpan<char> code)
    {
        Span<char> buffer = stackalloc char[4];
        return CameoMapping.TryNormalise(code, buffer, out var n) ? buffer[..n].ToString() : code.ToString();
    }

    private sealed class Columns(HeaderMap h)
    {
        public int EventId { get; } = h.Find("Event ID");
        public int Date { get; } = h.Find("Event Date", "Date");
        public int SourceName { get; } = h.Find("Source Name", "Source");
        public int SourceSectors { get; } = h.Find("Source Sectors");
        public int SourceCountry { get; } = h.Find("Source Country");
        public int Cameo { get; } = h.Find("CAMEO Code", "CAMEO", "Event Code");
        public int Intensity { get; } = h.Find("Intensity");
        public int TargetName { get; } = h.Find("Target Name", "Target");
        public int TargetSectors { get; } = h.Find("Target Sectors");
        public int TargetCountry { get; } = h.Find("Target Country");
        public int StoryId { get; } = h.Find("Story ID");
        public int Sentence { get; } = h.Find("Sentence Number");
        public int Publisher { get; } = h.Find("Publisher");

        /// <summary>The highest column a row must reach: the required ones.</summary>
        public int LastNeeded => Math.Max(Math.Max(Date, Cameo), Math.Max(SourceName, TargetName));

        public List<string> Missing()
        {
            var missing = new List<string>();
            if (Date < 0) missing.Add("'Event Date'");
            if (SourceName < 0) missing.Add("'Source Name'");
            if (TargetName < 0) missing.Add("'Target Name'");
            if (Cameo < 0) missing.Add("'CAMEO Code'");
            return missing;
        }
    }
}
