using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Records;
using E = ActorGraph.Seed.Records.Fields.Evidence;

namespace ActorGraph.Seed.Validation;

/// <summary>Reads evidence: a YAML list of <c>{source, locator, note}</c> maps, or the CSV columns
/// <c>evidence_source</c>, <c>evidence_locator</c>, <c>evidence_note</c> for one item.</summary>
internal static class EvidenceReader
{
    private const string MissingSource = "evidence is missing its source (the id of an entry under 'sources:')";

    public static bool TryRead(SeedRecord record, int yamlField, int csvSource, int csvLocator, int csvNote,
        SeedContext context, List<SeedRecord> mapScratch, out ImmutableArray<Evidence> evidence)
    {
        evidence = [];
        var ok = true;
        mapScratch.Clear();
        record.GetMaps(yamlField, E.Set, context.Errors, mapScratch);
        if (mapScratch.Count > 0)
        {
            var builder = ImmutableArray.CreateBuilder<Evidence>(mapScratch.Count);
            foreach (var map in mapScratch)
            {
                if (TryReadOne(map, E.Source, E.Locator, E.Note, context, out var item)) builder.Add(item!);
                else ok = false;
            }
            if (ok) evidence = builder.MoveToImmutable();
            return ok;
        }

        if (!TryReadColumns(record, csvSource, csvLocator, csvNote, context, out var source)) return false;
        if (source is null) return true;
        evidence = [new Evidence(source, record.GetString(csvLocator, context.Errors, out _), record.GetString(csvNote, context.Errors, out _))];
        return true;
    }

    /// <summary>Reads the CSV evidence columns of <paramref name="record"/> up to the source: false (error reported) when a
    /// locator or note has no source or the source is unknown; <paramref name="source"/> is the stored source id, or null
    /// when the row has no evidence. The locator and note are the fields' trimmed text, blank for none.</summary>
    public static bool TryReadColumns(SeedRecord record, int csvSource, int csvLocator, int csvNote, SeedContext context, out string? source)
    {
        source = null;
        var hasSource = record.TryGetText(csvSource, context.Errors, out var sourceText, out var sourceLocation);
        var hasOther = record.TryGetText(csvLocator, context.Errors, out _, out _) || record.TryGetText(csvNote, context.Errors, out _, out _);
        if (!hasSource && !hasOther) return true;
        if (!hasSource)
        {
            context.Errors.Add(record.File, sourceLocation, MissingSource);
            return false;
        }
        source = context.ResolveSource(record.File, sourceText, sourceLocation);
        return source is not null;
    }

    private static bool TryReadOne(SeedRecord record, int sourceField, int locatorField, int noteField, SeedContext context, out Evidence? evidence)
    {
        evidence = null;
        if (!record.TryGetText(sourceField, context.Errors, out var sourceText, out var sourceLocation))
        {
            context.Errors.Add(record.File, sourceLocation, MissingSource);
            return false;
        }
        var source = context.ResolveSource(record.File, sourceText, sourceLocation);
        var locator = record.TryGetText(locatorField, context.Errors, out var locatorText, out _) ? locatorText.ToString() : null;
        var note = record.GetString(noteField, context.Errors, out _);
        if (source is null) return false;
        evidence = new Evidence(source, locator, note);
        return true;
    }
}
