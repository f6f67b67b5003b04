using System.Globalization;
using System.Text.Json;
using ActorGraph.Core.Storage;
using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Diagnostics;
using ActorGraph.Import.Mapping;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Plover;

/// <summary>Reads PLOVER / POLECAT events as JSON lines (one JSON object per line), one JSON array, or POLECAT's
/// tab-separated tables (<see cref="PolecatTable"/>). Parses defensively:
/// field names are matched ignoring case and separators, several spellings are accepted (see
/// docs/import.md), an actor may be a string, an object with a name, or a list of either (every
/// actor–recipient combination becomes an event, at most <see cref="MaxActorsPerSide"/> per side).</summary>
public sealed class PloverEventReader : IEventReader
{
    /// <summary>At most this many actors of a list are taken on each side.</summary>
    public const int MaxActorsPerSide = 8;

    /// <inheritdoc />
    public string FormatName => "PLOVER events (JSON lines or array)";

    /// <inheritdoc />
    public ActorIdStyle Style => ActorIdStyle.CameoCodeOrName;

    /// <inheritdoc />
    public string DescribeActor(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // Coded actors are keyed "text\u001fcode\u001fsector" (see JsonRecord.ActorRef.Key).
        var parts = key.Split('\u001f');
        if (parts.Length != 3) return $"Imported from PLOVER events: actor '{key}'.";
        var coded = string.Join(", ", new[] { parts[1].Length > 0 ? $"code {parts[1]}" : null, parts[2].Length > 0 ? $"sector {parts[2]}" : null }.Where(p => p is not null));
        return $"Imported from PLOVER events: actor '{parts[0]}' ({coded}).";
    }

    private static readonly string[] IdNames = ["id", "event_id", "eventid"];
    private static readonly string[] DateNames = ["date", "event_date", "story_date", "publication_date"];
    private static readonly string[] EventNames = ["event", "event_type", "eventtype", "category", "type"];
    private static readonly string[] ModeNames = ["mode", "event_mode"];
    private static readonly string[] ContextNames = ["context", "contexts"];
    private static readonly string[] EventTextNames = ["eventText", "event_text"];
    private static readonly string[] ActorNames = ["actor", "source", "actor1", "source_actor", "actor_name"];
    private static readonly string[] RecipientNames = ["recipient", "target", "actor2", "target_actor", "recipient_name"];
    private static readonly string[] ActorCountryNames = ["actor_country", "source_country"];
    private static readonly string[] RecipientCountryNames = ["recipient_country", "target_country"];
    private static readonly string[] UrlNames = ["url", "source_url", "link"];
    private static readonly string[] PublisherNames = ["publisher", "feed", "source_name", "publication"];
    private static readonly string[] IntensityNames = ["intensity", "goldstein"];

    /// <inheritdoc />
    public void Read(InputPart part, EventAggregator aggregator, ImportDiagnostics diagnostics, IProgress<StoreProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(aggregator);
        ArgumentNullException.ThrowIfNull(diagnostics);
        JsonArraySplitter? array = null;
        PolecatTable? table = null;
        var first = true;
        RowLoop.Run(part.Lines(), part.Name, diagnostics, progress, cancellationToken, (line, lineNumber) =>
        {
            // One JSON array over many lines (the PLOVER gold-standard file), JSON lines, or POLECAT's
            // tab-separated table: the first non-blank line decides.
            if (first)
            {
                first = false;
                if (line.TrimStart().StartsWith('[')) array = new JsonArraySplitter(part.MaxLineChars);
                else if (PolecatTable.IsHeader(line))
                {
                    table = PolecatTable.Open(line, part.Name);
                    return false;
                }
            }
            if (table is not null)
            {
                ReadTableRow(table, line, part.Name, lineNumber, aggregator, diagnostics);
                return true;
            }
            if (array is null)
            {
                ReadJson(line.ToString(), part.Name, lineNumber, aggregator, diagnostics);
                return true;
            }
            var ok = array.Feed(line, lineNumber, (record, start) =>
            {
                diagnostics.CountRow();
                ReadJson(record, part.Name, start, aggregator, diagnostics);
            });
            if (!ok) diagnostics.Skip(part.Name, lineNumber, SkipReason.BadJson, () => "text outside the records of the JSON array, or a record too long");
            return !ok;
        });
        if (array is { Unfinished: true })
            diagnostics.Skip(part.Name, array.StartLine, SkipReason.BadJson, () => "the JSON array is not closed: the file ends inside it (truncated?)");
    }

    private static void ReadTableRow(PolecatTable table, ReadOnlySpan<char> line, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        try
        {
            ReadRecord(new JsonRecord(table.ToRecord(line)), file, lineNumber, aggregator, diagnostics);
        }
        catch (InvalidOperationException ex)
        {
            var message = ex.Message;
            diagnostics.Skip(file, lineNumber, SkipReason.BadJson, () => $"a cell is not valid text: {message}");
        }
    }

    private static void ReadJson(string text, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            diagnostics.Skip(file, lineNumber, SkipReason.BadJson, () => message);
            return;
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                var kind = doc.RootElement.ValueKind.ToString().ToLowerInvariant();
                diagnostics.Skip(file, lineNumber, SkipReason.BadJson, () => $"a JSON object expected, found {kind}");
                return;
            }
            try
            {
                ReadRecord(new JsonRecord(doc.RootElement), file, lineNumber, aggregator, diagnostics);
            }
            catch (InvalidOperationException ex)
            {
                // A string with a lone surrogate escape ("\ud800") parses but cannot be read as text.
                var message = ex.Message;
                diagnostics.Skip(file, lineNumber, SkipReason.BadJson, () => $"a string is not valid text (a lone surrogate escape?): {message}");
            }
        }
    }

    private static void ReadRecord(JsonRecord r, string file, long lineNumber, EventAggregator aggregator, ImportDiagnostics diagnostics)
    {
        if (r.Text(EventNames) is { } early && PloverMapping.IsKnownUnmapped(early))
        {
            diagnostics.Skip(file, lineNumber, SkipReason.UnmappedEvent, () => $"{early} is not modelled");
            return;
        }
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
        // The coder's event words ("agreed ceasefire") refine the category where mode and context are silent.
        var refine = $"{detail} {r.Text(EventTextNames)}";
        if (PloverMapping.Lookup(category, refine) is not { } mapped)
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
        // "Hungarian and Romanian officials agreed": a compound actor with no recipient is an event between
        // its members (each pair once).
        var compound = recipients.Count == 0 && actors.Count >= 2;
        if (compound) recipients = actors;
        // "X agreed to Y's mediation": Y is the mediator, as CAMEO 038 codes it (the mediation tie runs from Y to X).
        else if (mapped.Mapping.MediationSignal && PloverMapping.AcceptsMediation(category, refine)) (actors, recipients) = (recipients, actors);
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
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            for (var j = compound ? i + 1 : 0; j < recipients.Count; j++)
            {
                var b = recipients[j];
                var source = new ActorFields(a.Key, a.Name, a.Country, a.Code, a.Sector);
                var target = new ActorFields(b.Key, b.Name, b.Country, b.Code, b.Sector);
                if (!aggregator.TryAdd(source, target, date, mapped.Mapping, goldstein, 1, out var tie, out var reason))
                {
                    last = reason;
                    continue;
                }
                added = true;
                var key = url ?? $"plover-{id}";
                if (!tie.WantsEvidence || tie.HasSource(key)) continue;
                var host = url is null ? null : Fields.HostOf(url);
                tie.AddEvidence(new EvidenceDraft(
                    key,
                    url,
                    host is null ? $"PLOVER record {id}" : SourceTitles.ForUrl(host, date),
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
