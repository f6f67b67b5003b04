using System.Collections.Immutable;
using ActorGraph.Core.Model;
using ActorGraph.Seed.Records;
using F = ActorGraph.Seed.Records.Fields.Process;
using O = ActorGraph.Seed.Records.Fields.Outcome;

namespace ActorGraph.Seed.Validation;

/// <summary>Reads and checks one mediation process record.</summary>
internal static class ProcessReader
{
    public static readonly EnumNames<ProcessStatus> Statuses = new();

    public static void Read(SeedRecord record, SeedContext context, List<ListItem> scratch, List<SeedRecord> mapScratch)
    {
        var errors = context.Errors;
        var ok = true;

        string? id = null;
        if (!record.TryGetText(F.Id, errors, out var idText, out var idLocation))
        {
            errors.Add(record.File, idLocation, "process is missing the required field 'id'");
            ok = false;
        }
        else if (!ValueParser.IsRecordId(idText))
        {
            errors.Add(record.File, idLocation, $"process id '{idText}' must not contain spaces or '~'");
            ok = false;
        }
        else
        {
            id = idText.ToString();
        }

        var name = record.GetString(F.Name, errors, out var nameLocation);
        if (name is null)
        {
            errors.Add(record.File, nameLocation, "process is missing the required field 'name'");
            ok = false;
        }

        ok &= TryActors(record, F.Parties, "party", context, scratch, out var parties);
        ok &= TryActors(record, F.Mediators, "mediator", context, scratch, out var mediators);
        if (parties.Length < 2 && ok)
        {
            errors.Add(record.File, record.LocationOf(F.Parties), $"a process needs at least 2 parties; found {parties.Length}");
            ok = false;
        }
        if (mediators.Length < 1 && ok)
        {
            errors.Add(record.File, record.LocationOf(F.Mediators), "a process needs at least 1 mediator; found none (list them under 'mediators')");
            ok = false;
        }
        scratch.Clear();
        record.GetList(F.Mediators, errors, scratch);
        foreach (var mediator in scratch)
        {
            if (parties.Contains(mediator.Text))
            {
                errors.Add(record.File, mediator.Location, $"'{mediator.Text}' is both a party and a mediator of this process; a mediator stands between the parties");
                ok = false;
            }
        }

        var topics = context.Topics(record, F.Topics, scratch);
        var statusOk = ValueParser.TryEnum(record, F.Status, errors, "process", "status", Statuses, ProcessStatus.Ongoing, required: true, out var status);
        ok &= statusOk;
        var statusLocation = record.LocationOf(F.Status);
        ok &= ValueParser.TryDate(record, F.Start, errors, "start", out var start, out _);
        ok &= ValueParser.TryDate(record, F.End, errors, "end", out var end, out var endLocation);
        if (start is { } s && end is { } e && e < s)
        {
            errors.Add(record.File, endLocation, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"end {e:yyyy-MM-dd} is before start {s:yyyy-MM-dd}"));
            ok = false;
        }

        if (statusOk) ok &= StatusAgreesWithDates(record, errors, status, end, statusLocation, endLocation);

        ok &= TryOutcomes(record, context, out var outcomes);
        foreach (var outcome in outcomes)
        {
            if (start is { } begun && outcome.Date is { } on && on < begun)
            {
                errors.Add(record.File, record.LocationOf(F.Outcomes), string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"outcome dated {on:yyyy-MM-dd} is before the process start {begun:yyyy-MM-dd}"));
                ok = false;
            }
        }
        ok &= EvidenceReader.TryRead(record, F.Evidence, F.EvidenceSource, F.EvidenceLocator, F.EvidenceNote, context, mapScratch, out var evidence);
        ok &= ValueParser.TryBool(record, F.Inferred, errors, "inferred", out var inferred);
        ok &= ValueParser.TryUnit(record, F.Confidence, errors, "confidence", 1.0, out var confidence);

        if (id is not null) ok &= context.Register(context.ProcessIds, "process", id, record, idLocation);
        if (!ok) return;
        context.Processes.Add(new MediationProcess(id!, name!, parties, mediators, topics, status, new DateRange(start, end),
            outcomes, evidence, inferred, confidence));
    }

    /// <summary>Status and dates must tell the same story, since the analyses go by the dates: a process still under way
    /// (proposed, ongoing) has no end date, and one that ended or collapsed says when.</summary>
    private static bool StatusAgreesWithDates(SeedRecord record, SeedErrors errors, ProcessStatus status, DateOnly? end,
        Location statusLocation, Location endLocation)
    {
        var word = ActorGraph.Core.Text.EnumText.Name(status);
        if (status is ProcessStatus.Proposed or ProcessStatus.Ongoing && end is { } e)
        {
            errors.Add(record.File, endLocation, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"status '{word}' but an end date ({e:yyyy-MM-dd}): a process still under way has not ended; use 'agreed', 'ended' or 'collapsed', or remove the end"));
            return false;
        }
        if (status is ProcessStatus.Ended or ProcessStatus.Collapsed && end is null)
        {
            errors.Add(record.File, statusLocation,
                $"status '{word}' needs an end date: add 'end' (YYYY-MM-DD, your best estimate if unsure) so that the process counts as history after it, not as current"
);
            return false;
        }
        return true;
    }

    private static bool TryActors(SeedRecord record, int field, string role, SeedContext context, List<ListItem> scratch, out ImmutableArray<string> ids)
    {
        scratch.Clear();
        record.GetList(field, context.Errors, scratch);
        var builder = ImmutableArray.CreateBuilder<string>(scratch.Count);
        var ok = true;
        foreach (var item in scratch)
        {
            var id = context.ResolveActor(record.File, item.Text, item.Location, $"process {role}");
            if (id is null) ok = false;
            else if (builder.Contains(id))
            {
                context.Errors.Add(record.File, item.Location, $"'{id}' is listed twice as a {role}");
                ok = false;
            }
            else builder.Add(id);
        }
        ids = builder.ToImmutable();
        return ok;
    }

    private static bool TryOutcomes(SeedRecord record, SeedContext context, out ImmutableArray<ProcessOutcome> outcomes)
    {
        var maps = new List<SeedRecord>();
        record.GetMaps(F.Outcomes, O.Set, context.Errors, maps);
        var builder = ImmutableArray.CreateBuilder<ProcessOutcome>(maps.Count);
        var ok = true;
        var evidenceScratch = new List<SeedRecord>();
        foreach (var map in maps)
        {
            var itemOk = ValueParser.TryDate(map, O.Date, context.Errors, "outcome date", out var date, out _);
            var description = map.GetString(O.Description, context.Errors, out var descriptionLocation);
            if (description is null)
            {
                context.Errors.Add(map.File, descriptionLocation, "outcome is missing the required field 'description'");
                itemOk = false;
            }
            itemOk &= EvidenceReader.TryRead(map, O.Evidence, -1, -1, -1, context, evidenceScratch, out var evidence);
            if (itemOk) builder.Add(new ProcessOutcome(date, description!, evidence));
            ok &= itemOk;
        }
        outcomes = builder.ToImmutable();
        return ok;
    }
}
