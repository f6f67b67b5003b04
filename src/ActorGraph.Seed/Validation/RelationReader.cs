using System.Collections.Frozen;
using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Records;
using F = ActorGraph.Seed.Records.Fields.Relation;

namespace ActorGraph.Seed.Validation;

/// <summary>Reads and checks one relation record. This is the hot path of a large CSV load: values
/// are parsed from spans and ids are looked up without allocating.</summary>
internal static class RelationReader
{
    public static readonly EnumNames<Modality> Modalities = new();

    private static readonly FrozenDictionary<string, RelationKind> KindsByName =
        RelationVocabulary.All
            .SelectMany(k => new[] { KeyValuePair.Create(k.Name, k), KeyValuePair.Create(k.Name.Replace('-', '_'), k) })
            .DistinctBy(p => p.Key)
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, RelationKind>.AlternateLookup<ReadOnlySpan<char>> KindLookup =
        KindsByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A relation row checked on its own (<see cref="Parse"/>), before the checks that need every earlier row
    /// (<see cref="Commit"/>): <see cref="Relation"/> is null when the row has errors (already reported); a relation
    /// without an id carries its derived base id, to be numbered in load order.</summary>
    internal readonly record struct ParsedRelation(Relation? Relation, string? Id, Location IdLocation, int SourceIndex, int TargetIndex);

    public static void Read(SeedRecord record, SeedContext context, List<ListItem> scratch, List<SeedRecord> mapScratch) =>
        Commit(Parse(record, context, scratch, mapScratch), record.File, 0, context);

    /// <summary>Registers the row's own id (a duplicate is an error) or numbers its derived one, and keeps the relation.
    /// Rows must be committed in file order; <paramref name="lineOffset"/> is added to the row's lines (a block read on
    /// its own counts its lines from 1).</summary>
    public static void Commit(ParsedRelation row, string file, int lineOffset, SeedContext context) =>
        Commit(row, file, lineOffset, context, row is { Relation: { } r, Id: null }
            ? context.RelationIdCounts.Count(row.SourceIndex, r.Kind, row.TargetIndex, r.When.Start)
            : 0);

    /// <summary>As <see cref="Commit(ParsedRelation, string, int, SeedContext)"/>, with the row's derived-id count already
    /// taken (<see cref="RelationIdDeriver.Count(RelationIdDeriver.Key)"/>, in load order; ignored for a row with its own id).</summary>
    public static void Commit(ParsedRelation row, string file, int lineOffset, SeedContext context, int derivedCount)
    {
        var ok = row.Relation is not null;
        if (row.Id is not null) ok &= context.Register(context.RelationIds, "relation", row.Id, file, row.IdLocation with { Line = row.IdLocation.Line + lineOffset });
        if (!ok) return;
        var relation = row.Relation!;
        if (row.Id is null && derivedCount > 1) relation = relation with { Id = DerivedRelationIds.WithRepeat(relation.Id, derivedCount) };
        context.Relations.Add(relation);
        context.RelationSources.Add(row.SourceIndex);
        context.RelationTargets.Add(row.TargetIndex);
    }

    /// <summary>Reads and checks one row with what does not depend on other rows (actors and sources must be read):
    /// safe to run on several blocks of a file at once, each with its own <see cref="SeedContext.ForBlock"/>.</summary>
    public static ParsedRelation Parse(SeedRecord record, SeedContext context, List<ListItem> scratch, List<SeedRecord> mapScratch)
    {
        var errors = context.Errors;
        var ok = true;

        string? id = null;
        var hasId = record.TryGetText(F.Id, errors, out var idText, out var idLocation);
        if (hasId)
        {
            if (ValueParser.IsRecordId(idText)) id = idText.ToString();
            else
            {
                errors.Add(record.File, idLocation, $"relation id '{idText}' must not contain spaces or '~' (leave it empty to have one derived)");
                ok = false;
            }
        }

        var source = context.RequireActor(record, F.Source, "relation", "source", out var sourceIndex);
        var target = context.RequireActor(record, F.Target, "relation", "target", out var targetIndex);
        ok &= source is not null && target is not null;
        if (source is not null && ReferenceEquals(source, target))
        {
            errors.Add(record.File, record.LocationOf(F.Target), $"relation links actor '{source}' to itself; source and target must differ");
            ok = false;
        }

        RelationKind? kind = null;
        if (!record.TryGetText(F.Kind, errors, out var kindText, out var kindLocation))
        {
            errors.Add(record.File, kindLocation, "relation is missing the required field 'kind' (e.g. meets, negotiates, mediates)");
            ok = false;
        }
        else if (!KindLookup.TryGetValue(kindText, out kind))
        {
            var closest = RelationVocabulary.Suggest(kindText.ToString());
            var hint = closest.Count > 0 ? $"did you mean {string.Join(" or ", closest.Select(c => $"'{c}'"))}? " : "";
            errors.Add(record.File, kindLocation,
                $"unknown relation kind '{kindText}'; {hint}known kinds: {string.Join(", ", RelationVocabulary.All.Select(k => k.Name))}");
            ok = false;
        }

        ok &= ValueParser.TryUnit(record, F.Strength, errors, "strength", 0.5, out var strength);
        ok &= ValueParser.TryUnit(record, F.Confidence, errors, "confidence", 1.0, out var confidence);
        ok &= TryDates(record, context, out var when);
        var topics = context.Topics(record, F.Topics, scratch);
        ok &= ValueParser.TryEnum(record, F.Modality, errors, "relation", "modality", Modalities, Modality.Reported, required: false, out var modality);
        // A CSV row keeps its evidence in the context's table (built into records when read) and, without an id of its
        // own, derives its id when read: one object per loaded relation.
        var csv = record is Csv.CsvRecord;
        var evidence = ImmutableArray<Evidence>.Empty;
        string? evidenceSource = null;
        ok &= csv
            ? EvidenceReader.TryReadColumns(record, F.EvidenceSource, F.EvidenceLocator, F.EvidenceNote, context, out evidenceSource)
            : EvidenceReader.TryRead(record, F.Evidence, F.EvidenceSource, F.EvidenceLocator, F.EvidenceNote, context, mapScratch, out evidence);
        ok &= ValueParser.TryWeight(record, F.Weight, errors, out var weight);

        Relation? relation = null;
        if (ok && csv)
        {
            var table = evidenceSource is null ? null : context.CsvEvidence;
            var row = table?.Add(evidenceSource!, TextOf(record, F.EvidenceLocator, errors), TextOf(record, F.EvidenceNote, errors)) ?? 0;
            relation = Relation.Compact(id, 1, source!, target!, kind!, strength, confidence, when, topics, modality, table, row, weight);
        }
        else if (ok)
        {
            relation = new Relation(id ?? DerivedRelationIds.Of(source!, kind!.Name, target!, when.Start, 1), source!, target!, kind!,
                strength, confidence, when, topics, modality, evidence, weight);
        }
        return new ParsedRelation(relation, id, idLocation, sourceIndex, targetIndex);
    }

    private static ReadOnlySpan<char> TextOf(SeedRecord record, int field, SeedErrors errors) =>
        record.TryGetText(field, errors, out var text, out _) ? text : default;

    /// <summary>Reads <c>date</c> (a point event) or <c>start</c>/<c>end</c>, checking the end is not before the start.</summary>
    private static bool TryDates(SeedRecord record, SeedContext context, out DateRange when)
    {
        var errors = context.Errors;
        when = default;
        var ok = ValueParser.TryDate(record, F.Date, errors, "date", out var date, out var dateLocation);
        ok &= ValueParser.TryDate(record, F.Start, errors, "start", out var start, out _);
        ok &= ValueParser.TryDate(record, F.End, errors, "end", out var end, out var endLocation);
        if (date is not null && start is not null)
        {
            errors.Add(record.File, dateLocation, "give either 'date' (a one-day event) or 'start'/'end', not both");
            return false;
        }
        start ??= date;
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(record.File, endLocation, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"end {e:yyyy-MM-dd} is before start {s:yyyy-MM-dd}"));
            return false;
        }
        when = new DateRange(start, end);
        return ok;
    }
}
