using System.Globalization;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;
using C = ActorGraph.Import.Gdelt.GdeltColumns;

namespace ActorGraph.Import.Gdelt;

/// <summary>Reads GDELT 2.0 event files (61 tab-separated columns, no header; a leading header line
/// from a database export is skipped). Parses fields as spans of a reused buffer.</summary>
public sealed class GdeltEventReader : IEventReader
{
    /// <inheritdoc />
    public string FormatName => "GDELT 2.0 events";

    /// <inheritdoc />
    public ActorIdStyle Style => ActorIdStyle.CameoCode;

    /// <inheritdoc />
    public string DescribeActor(string key) => $"Imported from GDELT 2.0 events: CAMEO actor code {key}.";

    /// <inheritdoc />
    public void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(aggregator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var fields = new Range[C.Count + 1];
        RowLoop.Run(part.Lines(), part.Name, diagnostics, progress, cancellationToken, (line, lineNumber) =>
        {
            if (lineNumber == 1 && line.StartsWith("GLOBALEVENTID", StringComparison.OrdinalIgnoreCase)) return false;
            ReadRow(line, fields, part.Name, lineNumber, aggregator, diagnostics);
            return true;
        });
    }

    private static void ReadRow(ReadOnlySpan<char> line, Range[] f, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        var count = line.Split(f, '\t');
        if (count != C.Count)
        {
            var found = count > C.Count ? "more than 61" : count.ToString(CultureInfo.InvariantCulture);
            var hint = count == 1 && line.Contains(',') ? " (comma-separated? GDELT 2.0 event files are tab-separated)"
                : count is C.Version1Count or C.Version1Count + 1 ? " (a GDELT 1.0 file? GDELT 1.0 event files have 57 or 58 columns; this reads the 2.0 events layout of 61)" : "";
            diagnostics.Skip(file, lineNumber, SkipReason.WrongColumnCount, () => $"61 tab-separated columns expected, found {found}{hint}");
            return;
        }

        var sqlDate = line[f[C.SqlDate]];
        if (!Fields.TryParseCompactDate(sqlDate, out var date))
        {
            var text = sqlDate.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadDate, () => $"SQLDATE '{text}' is not a YYYYMMDD date");
            return;
        }
        var code = line[f[C.EventCode]];
        if (code.IsEmpty)
        {
            diagnostics.Skip(file, lineNumber, SkipReason.MissingField, () => "EventCode is empty");
            return;
        }
        var quadText = line[f[C.QuadClass]];
        if (!Fields.TryParseCount(quadText, out var quad) || quad is < 1 or > 4)
        {
            var text = quadText.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"QuadClass '{text}' is not 1, 2, 3 or 4");
            return;
        }
        var goldsteinText = line[f[C.GoldsteinScale]];
        if (!Fields.TryParseDouble(goldsteinText, out var goldstein) || goldstein is < -10 or > 10)
        {
            var text = goldsteinText.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"GoldsteinScale '{text}' is not a number in -10..10");
            return;
        }
        var sourcesText = line[f[C.NumSources]];
        if (!Fields.TryParseCount(sourcesText, out var numSources))
        {
            var text = sourcesText.ToString();
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"NumSources '{text}' is not a whole number");
            return;
        }
        var mapping = CameoMapping.Lookup(code);
        if (mapping is null)
        {
            if (!CameoMapping.TryNormalise(code, stackalloc char[4], out _))
            {
                var text = code.ToString();
                diagnostics.Skip(file, lineNumber, SkipReason.BadCode, () => $"EventCode '{text}' is not a CAMEO code");
                return;
            }
            mapping = FromQuadClass(quad);
        }

        var actor1 = new ActorFields(line[f[C.Actor1Code]], line[f[C.Actor1Name]], line[f[C.Actor1CountryCode]], line[f[C.Actor1KnownGroupCode]], line[f[C.Actor1Type1Code]]);
        var actor2 = new ActorFields(line[f[C.Actor2Code]], line[f[C.Actor2Name]], line[f[C.Actor2CountryCode]], line[f[C.Actor2KnownGroupCode]], line[f[C.Actor2Type1Code]]);
        if (!aggregator.TryAdd(actor1, actor2, date, mapping, goldstein, numSources, out var tie, out var reason))
        {
            diagnostics.Skip(file, lineNumber, reason, () => reason.Label());
            return;
        }
        diagnostics.CountImported();

        var url = line[f[C.SourceUrl]].Trim();
        if (url.IsEmpty || !tie!.WantsEvidence || tie.HasSource(url)) return;
        _ = long.TryParse(line[f[C.GlobalEventId]], NumberStyles.None, CultureInfo.InvariantCulture, out var eventId);
        tie.AddEvidence(url.ToString(), new EvidenceFacts(eventId, CodeText.From(code), goldstein, numSources, date));
    }

    /// <inheritdoc />
    public EvidenceDraft? DescribeEvidence(string sourceKey, EvidenceFacts facts)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        var code = facts.Code.ToString();
        var host = Fields.HostOf(sourceKey);
        return new EvidenceDraft(
            sourceKey,
            sourceKey,
            SourceTitles.ForUrl(host, facts.Date),
            host,
            facts.Date,
            string.Create(CultureInfo.InvariantCulture, $"GDELT event {facts.EventId}"),
            string.Create(CultureInfo.InvariantCulture, $"CAMEO {code} {CameoMapping.Describe(code)}; Goldstein {facts.Goldstein:0.0}; {facts.Sources} source(s)"));
    }

    /// <summary>For a CAMEO-shaped code outside the table: the broad kind of its QuadClass.</summary>
    public static EventMapping FromQuadClass(int quadClass) => quadClass switch
    {
        1 => EventMappings.Engages,
        2 => EventMappings.Cooperates,
        3 => EventMappings.Pressures,
        _ => EventMappings.Attacks,
    };
}
