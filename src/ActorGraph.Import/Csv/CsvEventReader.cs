using System.Globalization;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Csv;

/// <summary>Reads any delimited event table with a header line, through a <see cref="ColumnMap"/>.
/// The delimiter is a comma, or a tab when the header has tabs and no commas, unless given.</summary>
public sealed class CsvEventReader(ColumnMap map, char? delimiter = null) : IEventReader
{
    /// <inheritdoc />
    public string FormatName => "CSV events";

    /// <inheritdoc />
    public ActorIdStyle Style => ActorIdStyle.Name;

    /// <inheritdoc />
    public string DescribeActor(string key) => $"Imported from a CSV event table: '{key}'.";

    /// <inheritdoc />
    public void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(aggregator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = part.Lines();
        if (!lines.TryReadLine(out var headerLine)) return;
        var sep = delimiter ?? (headerLine.Contains('\t') && !headerLine.Contains(',') ? '\t' : ',');
        var cells = new List<string>();
        if (!CsvLine.TrySplit(headerLine, sep, cells)) throw new ImportFailedException($"{part.Name}:1: the header has an unterminated quote");
        var header = new HeaderMap(cells);
        var col = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, column) in map.Columns)
        {
            var i = header.Find(column);
            if (i < 0)
                throw new ImportFailedException($"{part.Name}:1: --map {field}={column}: no column '{column}' in the header ({string.Join(", ", cells.Take(20))})");
            col[field] = i;
        }

        RowLoop.Run(lines, part.Name, diagnostics, progress, cancellationToken, (line, lineNumber) =>
        {
            if (!CsvLine.TrySplit(line, sep, cells) || cells.Count != header.Count)
            {
                var found = cells.Count;
                diagnostics.Skip(part.Name, lineNumber, SkipReason.WrongColumnCount, () => $"{header.Count} columns expected (as in the header), found {found} or an unterminated quote");
                return true;
            }
            ReadRow(cells, col, part.Name, lineNumber, aggregator, diagnostics);
            return true;
        });
    }

    private static void ReadRow(List<string> cells, Dictionary<string, int> col, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        string Cell(string field) => col.TryGetValue(field, out var i) ? cells[i].Trim() : "";

        var dateText = Cell("date");
        if (!Fields.TryParseDate(dateText, out var date))
        {
            diagnostics.Skip(file, lineNumber, SkipReason.BadDate, () => $"date '{dateText}' is not a date (YYYY-MM-DD or YYYYMMDD)");
            return;
        }
        EventMapping? mapping;
        double goldstein;
        string label;
        var targetMediates = false;
        if (col.ContainsKey("code"))
        {
            var code = Cell("code");
            mapping = CameoMapping.Lookup(code, out targetMediates);
            goldstein = 0;
            label = $"CAMEO {code} {CameoMapping.Describe(code)}";
        }
        else if (col.ContainsKey("event"))
        {
            var found = PloverMapping.Lookup(Cell("event"), null);
            mapping = found?.Mapping;
            goldstein = found?.Goldstein ?? 0;
            label = Cell("event").ToUpperInvariant();
        }
        else
        {
            mapping = RelationVocabulary.TryGet(Cell("kind"), out var kind)
                ? EventMappings.All.FirstOrDefault(m => m.Kind == kind && m.Topic is null && m.Modality == Modality.Reported)
                  ?? EventMappings.All.FirstOrDefault(m => m.Kind == kind)
                : null;
            goldstein = 0;
            label = Cell("kind");
        }
        if (mapping is null)
        {
            var value = Cell("code") + Cell("event") + Cell("kind");
            diagnostics.Skip(file, lineNumber, value.Length == 0 ? SkipReason.MissingField : SkipReason.BadCode,
                () => value.Length == 0 ? "the event code/kind cell is empty" : $"'{value}' is not a known code or kind");
            return;
        }
        var goldsteinText = Cell("goldstein");
        if (goldsteinText.Length > 0 && (!Fields.TryParseDouble(goldsteinText, out goldstein) || goldstein is < -10 or > 10))
        {
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"goldstein '{goldsteinText}' is not a number in -10..10");
            return;
        }
        var sources = 1;
        var sourcesText = Cell("sources");
        if (sourcesText.Length > 0 && !Fields.TryParseCount(sourcesText, out sources))
        {
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"sources '{sourcesText}' is not a whole number");
            return;
        }
        var sourceKey = Cell("source");
        var targetKey = Cell("target");
        var sourceName = Cell("source-name");
        var targetName = Cell("target-name");
        var source = new ActorFields(sourceKey, sourceName.Length > 0 ? sourceName : sourceKey, Cell("source-country"), default, default);
        var target = new ActorFields(targetKey, targetName.Length > 0 ? targetName : targetKey, Cell("target-country"), default, default);
        // CAMEO 038: the target is the mediator whose mediation the source will accept; the tie runs from the target.
        var added = targetMediates
            ? aggregator.TryAdd(target, source, date, mapping, goldstein, sources, out var tie, out var reason)
            : aggregator.TryAdd(source, target, date, mapping, goldstein, sources, out tie, out reason);
        if (!added)
        {
            diagnostics.Skip(file, lineNumber, reason);
            return;
        }
        diagnostics.CountImported();
        var url = Cell("url");
        var id = Cell("id");
        var title = Cell("title");
        var key = url.Length > 0 ? url : $"csv-{file}-{(id.Length > 0 ? id : lineNumber.ToString(CultureInfo.InvariantCulture))}";
        if (!tie.WantsEvidence || tie.HasSource(key)) return;
        var host = url.Length > 0 ? Fields.HostOf(url) : null;
        tie.AddEvidence(new EvidenceDraft(
            key,
            url.Length > 0 ? url : null,
            title.Length > 0 ? title : host is null ? $"Event table {Path.GetFileName(file)}" : SourceTitles.ForUrl(host, date),
            host,
            date,
            id.Length > 0 ? $"event {id}" : $"line {lineNumber}",
            label));
    }
}
