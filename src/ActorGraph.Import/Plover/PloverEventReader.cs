using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Plover;

/// <summary>Reads PLOVER / POLECAT events as JSON lines: one JSON object per line. Parses defensively:
/// field names are matched ignoring case and separators, several spellings are accepted (see
/// docs/import.md), an actor may be a string, an object with a name, or a list of either (every
/// actor–recipient combination becomes an event, at most <see cref="MaxActorsPerSide"/> per side).</summary>
public sealed class PloverEventReader : IEventReader
{
    /// <summary>At most this many actors of a list are taken on each side.</summary>
    public const int MaxActorsPerSide = 8;

    /// <inheritdoc />
    public string FormatName => "PLOVER JSON lines";

    /// <inheritdoc />
    public ActorIdStyle Style => ActorIdStyle.Name;

    /// <inheritdoc />
    public string DescribeActor(string key) => $"Imported from PLOVER events: actor name '{key}'.";

    private static readonly string[] IdNames = ["id", "event_id", "eventid"];
    private static readonly string[] DateNames = ["date", "event_date", "story_date", "publication_date"];
    private static readonly string[] EventNames = ["event", "event_type", "eventtype", "category", "type"];
    private static readonly string[] ModeNames = ["mode", "event_mode"];
    private static readonly string[] ContextNames = ["context", "contexts"];
    private static readonly string[] ActorNames = ["actor", "source", "actor1", "source_actor", "actor_name"];
    private static readonly string[] RecipientNames = ["recipient", "target", "actor2", "target_actor", "recipient_name"];
    private static readonly string[] ActorCountryNames = ["actor_country", "source_country"];
    private static readonly string[] RecipientCountryNames = ["recipient_country", "target_country"];
    private static readonly string[] UrlNames = ["url", "source_url", "link"];
    private static readonly string[] PublisherNames = ["publisher", "feed", "source_name"];
    private static readonly string[] IntensityNames = ["intensity", "goldstein"];

    /// <inheritdoc />
    public void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(aggregator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lines = new LineReader(part.Reader);
        while (lines.TryReadLine(out var line))
        {
            if (line.IsWhiteSpace()) continue;
            diagnostics.CountRow();
            if (diagnostics.RowsRead % 65536 == 0)
            {
                progress?.Report(new StoreProgress(part.Name, diagnostics.RowsRead, null));
                cancellationToken.ThrowIfCancellationRequested();
            }
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line.ToString());
            }
            catch (JsonException ex)
            {
                var message = ex.Message;
                diagnostics.Skip(part.Name, lines.LineNumber, SkipReason.BadJson, () => message);
                continue;
            }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                {
                    var kind = doc.RootElement.ValueKind.ToString().ToLowerInvariant();
                    diagnostics.Skip(part.Name, lines.LineNumber, SkipReason.BadJson, () => $"a JSON object expected, found {kind}");
                    continue;
                }
                ReadRecord(new JsonRecord(doc.RootElement), part.Name, lines.LineNumber, aggregator, diagnostics);
            }
        }
        progress?.Report(new StoreProgress(part.Name, diagnostics.RowsRead, null));
    }

    private static void ReadRecord(JsonRecord r, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        var dateText = r.Text(DateNames);
        if (dateText is null)
        {
            diagnostics.Skip(file, lineNumber, SkipReason.MissingField, () => "no date field (date, event_date, story_date)");
            return;
        }
        if (!Fields.TryParseDate(dateText, out var date))
        {
            diagnostics.Skip(file, lineNumber, SkipReason.BadDate, () => $"date '{dateText}' is not a date (YYYY-MM-DD)");
            return;
        }
        var category = r.Text(EventNames);
        if (category is null)
        {
            diagnostics.Skip(file, lineNumber, SkipReason.MissingField, () => "no event field (event, event_type)");
            return;
        }
        var detail = string.Join(' ', r.Texts(ModeNames).Concat(r.Texts(ContextNames)));
        if (PloverMapping.Lookup(category, detail) is not { } mapped)
        {
            if (PloverMapping.IsKnownUnmapped(category))
                diagnostics.Skip(file, lineNumber, SkipReason.UnmappedEvent, () => $"{category} is not modelled");
            else
                diagnostics.Skip(file, lineNumber, SkipReason.BadCode, () => $"event '{category}' is not a PLOVER category");
            return;
        }
        var goldstein = mapped.Goldstein;
        if (r.Number(IntensityNames) is { } intensity)
        {
            if (!double.IsFinite(intensity) || intensity is < -10 or > 10)
            {
                diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => $"intensity {intensity.ToString(CultureInfo.InvariantCulture)} is outside -10..10");
                return;
            }
            goldstein = intensity;
        }
        else if (r.HasNonNumeric(IntensityNames))
        {
            diagnostics.Skip(file, lineNumber, SkipReason.BadNumber, () => "intensity is not a number");
            return;
        }

        var actors = r.Actors(ActorNames, ActorCountryNames).Take(MaxActorsPerSide).ToList();
        var recipients = r.Actors(RecipientNames, RecipientCountryNames).Take(MaxActorsPerSide).ToList();
        if (actors.Count == 0 || recipients.Count == 0)
        {
            diagnostics.Skip(file, lineNumber, SkipReason.MissingActor, () => SkipReason.MissingActor.Label());
            return;
        }
        var url = r.Text(UrlNames);
        var id = r.Text(IdNames) ?? $"line {lineNumber}";
        var publisher = r.Text(PublisherNames);
        var added = false;
        SkipReason last = SkipReason.SameActor;
        foreach (var a in actors)
        {
            foreach (var b in recipients)
            {
                var source = new ActorFields(a.Name, a.Name, a.Country, default, default);
                var target = new ActorFields(b.Name, b.Name, b.Country, default, default);
                if (!aggregator.TryAdd(source, target, date, mapped.Mapping, goldstein, 1, out var tie, out var reason))
                {
                    last = reason;
                    continue;
                }
                added = true;
                var key = url ?? $"plover-{id}";
                if (!tie!.WantsEvidence || tie.HasSource(key)) continue;
                var host = url is null ? null : Fields.HostOf(url);
                tie.AddEvidence(new EvidenceDraft(
                    key,
                    url,
                    host is null ? "PLOVER event" : $"Report on {host}",
                    publisher ?? host,
                    date,
                    $"PLOVER event {id}",
                    detail.Length == 0 ? category.ToUpperInvariant() : $"{category.ToUpperInvariant()} ({detail})"));
            }
        }
        if (added) diagnostics.CountImported();
        else diagnostics.Skip(file, lineNumber, last, () => last.Label());
    }
}
