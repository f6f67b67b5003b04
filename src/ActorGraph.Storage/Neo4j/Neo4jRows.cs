using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Core.Text;
using ActorGraph.Core.Storage;

namespace ActorGraph.Storage.Neo4j;

/// <summary>Turns the model into UNWIND parameter rows (string-keyed maps of plain values). Neo4j lists hold no
/// nulls, so absent evidence locators and notes are stored as "" and read back as null.</summary>
internal static class Neo4jRows
{
    public static Dictionary<string, object?> Actor(Actor a, int seq) => new()
    {
        ["id"] = a.Id, ["name"] = a.Name, ["kind"] = EnumText.Name(a.Kind), ["aliases"] = a.Aliases.ToList(),
        ["country"] = a.Country, ["description"] = a.Description, ["seq"] = seq,
    };

    public static Dictionary<string, object?> Source(Source s, int seq) => new()
    {
        ["id"] = s.Id, ["title"] = s.Title, ["publisher"] = s.Publisher, ["date"] = s.Date, ["url"] = s.Url, ["seq"] = seq,
    };

    public static Dictionary<string, object?> Process(MediationProcess p, int seq)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = p.Id, ["name"] = p.Name, ["status"] = EnumText.Name(p.Status), ["start"] = p.When.Start, ["end"] = p.When.End,
            ["topics"] = p.Topics.ToList(), ["inferred"] = p.Inferred, ["confidence"] = p.Confidence,
            ["parties"] = p.Parties.ToList(), ["mediators"] = p.Mediators.ToList(),
            ["outcomes"] = p.Outcomes.Select(o => (o.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ": " : "") + o.Description).ToList(),
            ["outcomes_json"] = JsonSerializer.Serialize(p.Outcomes.Select(o => new StoredOutcome(o.Date, o.Description, [.. o.Evidence.Select(StoredEvidence.From)])).ToList(), StoredOutcome.Options),
            ["seq"] = seq,
        };
        AddEvidence(row, p.Evidence);
        return row;
    }

    public static Dictionary<string, object?> Relation(Relation r, int seq)
    {
        var row = new Dictionary<string, object?>
        {
            ["id"] = r.Id, ["source"] = r.Source, ["target"] = r.Target, ["kind"] = r.Kind.Name, ["sign"] = EnumText.Name(r.Sign),
            ["directed"] = r.Kind.Directed, ["strength"] = r.Strength, ["confidence"] = r.Confidence,
            ["start"] = r.When.Start, ["end"] = r.When.End, ["topics"] = r.Topics.ToList(),
            ["modality"] = EnumText.Name(r.Modality), ["weight"] = r.Weight, ["seq"] = seq,
        };
        AddEvidence(row, r.Evidence);
        return row;
    }

    public static Dictionary<string, object?> Link(string actor, string process) => new() { ["actor"] = actor, ["process"] = process, ["seq"] = 0 };

    private static void AddEvidence(Dictionary<string, object?> row, IReadOnlyCollection<Evidence> evidence)
    {
        row["evidence_sources"] = evidence.Select(e => e.SourceId).ToList();
        row["evidence_locators"] = evidence.Select(e => e.Locator ?? "").ToList();
        row["evidence_notes"] = evidence.Select(e => e.Note ?? "").ToList();
    }
}

/// <summary>A process outcome as stored in the Process node's <c>outcomes_json</c> property.</summary>
internal sealed record StoredOutcome(DateOnly? Date, string Description, List<StoredEvidence> Evidence)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

internal sealed record StoredEvidence(string Source, string? Locator, string? Note)
{
    public static StoredEvidence From(Evidence e) => new(e.SourceId, e.Locator, e.Note);

    public Evidence ToEvidence() => new(Source, Locator, Note);
}
