using System.Globalization;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Model;
using ActorGraph.Export.Text;
using ActorGraph.Export.View;
using ActorGraph.Core.Text;
using ActorGraph.Core.Storage;

namespace ActorGraph.Export.Cypher;

/// <summary>Writes a Cypher script that loads the graph into Neo4j with <c>cypher-shell -f FILE</c>,
/// in the schema of <see cref="Neo4jSchema"/> (docs/export.md), property for property the one the Neo4j store
/// writes, so the store can read a graph loaded this way.</summary>
/// <remarks>
/// <para>Idempotent: constraints are created <c>IF NOT EXISTS</c>, every node is MERGEd on its id and
/// every relationship on its endpoints, type and id, then its properties are SET; running the script
/// twice leaves one copy of everything, and re-running it after an edit updates properties.</para>
/// <para>Values are escaped literals (<see cref="CypherLiteral"/>), not <c>:param</c>: parameters set in
/// cypher-shell are themselves written as literals, and one UNWIND of a literal list per batch of
/// <see cref="BatchSize"/> rows loads a large graph in few statements. Labels and relationship types
/// come only from <see cref="Neo4jSchema"/>. Needs Neo4j 4.4 or later (constraint syntax).</para>
/// <para>Deterministic (sorted, invariant numbers). Cost O(V log V + E log E).</para>
/// </remarks>
public static class CypherScriptWriter
{
    /// <summary>Rows per UNWIND statement.</summary>
    public const int BatchSize = 500;

    /// <summary>The script for <paramref name="graph"/>.</summary>
    public static string Write(ActorGraphData graph, ExportOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(ExportView.Create(graph, options), writer);
        return writer.ToString();
    }

    /// <summary>Writes the script for <paramref name="view"/> to <paramref name="writer"/>.</summary>
    public static void Write(ExportView view, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(writer);
        // Check every type before writing anything, so a bad graph gives no half-written script.
        var byType = view.Relations
            .GroupBy(r => Neo4jSchema.RelationType(r.Kind))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();

        var sb = new StringBuilder();
        sb.Append("// Written by ActorGraph (actorgraph export cypher). Load into Neo4j 4.4+ with:\n")
          .Append("//   cypher-shell -a neo4j://localhost:7687 -u neo4j -f THIS_FILE\n")
          .Append("// Idempotent: nodes and relationships are MERGEd on their ids, so running it again changes nothing.\n");
        foreach (var label in new[] { Neo4jSchema.Actor, Neo4jSchema.Process, Neo4jSchema.Source })
        {
            sb.Append("CREATE CONSTRAINT actorgraph_").Append(label.ToLowerInvariant()).Append("_id IF NOT EXISTS FOR (n:")
              .Append(label).Append(") REQUIRE n.id IS UNIQUE;\n");
        }
        writer.Write(sb);

        var cited = view.Relations.SelectMany(r => r.Evidence).Concat(view.Processes.SelectMany(p => p.Evidence))
            .Select(e => e.SourceId).ToHashSet(StringComparer.Ordinal);
        var sources = view.Graph.Sources.Where(s => cited.Contains(s.Id)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

        Batches(writer, view.Actors, Neo4jSchema.Actor, ActorRow,
            "MERGE (n:Actor {id: row.id})\nSET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.country = row.country, n.description = row.description");
        Batches(writer, sources, Neo4jSchema.Source, SourceRow,
            "MERGE (n:Source {id: row.id})\nSET n.title = row.title, n.publisher = row.publisher, n.date = row.date, n.url = row.url");
        Batches(writer, view.Processes, Neo4jSchema.Process, ProcessRow,
            "MERGE (n:Process {id: row.id})\nSET n.name = row.name, n.status = row.status, n.topics = row.topics, n.start = row.start, n.end = row.end, " +
            "n.inferred = row.inferred, n.confidence = row.confidence, n.parties = row.parties, n.mediators = row.mediators, " +
            "n.outcomes = row.outcomes, n.outcomes_json = row.outcomes_json, n.evidence_sources = row.evidence_sources, " +
            "n.evidence_locators = row.evidence_locators, n.evidence_notes = row.evidence_notes");

        var links = view.Processes.SelectMany(p => view.ParticipantsOf(p).Select(x => (Process: p.Id, x.ActorId, x.Role))).ToList();
        Batches(writer, links.Where(l => l.Role == ProcessRole.Party).ToList(), Neo4jSchema.PartyIn, LinkRow,
            "MATCH (a:Actor {id: row.actor})\nMATCH (p:Process {id: row.process})\nMERGE (a)-[:PARTY_IN]->(p)");
        Batches(writer, links.Where(l => l.Role == ProcessRole.Mediator).ToList(), Neo4jSchema.MediatesIn, LinkRow,
            "MATCH (a:Actor {id: row.actor})\nMATCH (p:Process {id: row.process})\nMERGE (a)-[:MEDIATES_IN]->(p)");

        foreach (var group in byType)
        {
            Batches(writer, group.ToList(), group.Key, RelationRow,
                "MATCH (s:Actor {id: row.source})\nMATCH (t:Actor {id: row.target})\nMERGE (s)-[r:" + group.Key + " {id: row.id}]->(t)\n" +
                "SET r.kind = row.kind, r.sign = row.sign, r.directed = row.directed, r.strength = row.strength, r.confidence = row.confidence, " +
                "r.start = row.start, r.end = row.end, r.topics = row.topics, r.modality = row.modality, r.weight = row.weight, " +
                "r.evidence_sources = row.evidence_sources, r.evidence_locators = row.evidence_locators, r.evidence_notes = row.evidence_notes");
        }
    }

    private static void Batches<T>(TextWriter writer, IReadOnlyList<T> rows, string what, Action<StringBuilder, T> row, string body)
    {
        if (rows.Count == 0) return;
        var sb = new StringBuilder();
        for (var start = 0; start < rows.Count; start += BatchSize)
        {
            var end = Math.Min(rows.Count, start + BatchSize);
            sb.Append("// ").Append(what).Append(' ').Append(start + 1).Append('-').Append(end).Append(" of ").Append(rows.Count).Append('\n');
            sb.Append("UNWIND [\n");
            for (var i = start; i < end; i++)
            {
                sb.Append("  {");
                row(sb, rows[i]);
                sb.Append(i + 1 < end ? "},\n" : "}\n");
            }
            sb.Append("] AS row\n").Append(body).Append(";\n");
            writer.Write(sb);
            sb.Clear();
        }
    }

    private static void ActorRow(StringBuilder sb, Actor a)
    {
        sb.Append("id: "); CypherLiteral.AppendString(sb, a.Id);
        sb.Append(", name: "); CypherLiteral.AppendString(sb, a.Name);
        sb.Append(", kind: "); CypherLiteral.AppendString(sb, EnumText.Name(a.Kind));
        sb.Append(", aliases: "); CypherLiteral.AppendList(sb, a.Aliases);
        sb.Append(", country: "); CypherLiteral.AppendString(sb, a.Country);
        sb.Append(", description: "); CypherLiteral.AppendString(sb, a.Description);
    }

    private static void SourceRow(StringBuilder sb, Source s)
    {
        sb.Append("id: "); CypherLiteral.AppendString(sb, s.Id);
        sb.Append(", title: "); CypherLiteral.AppendString(sb, s.Title);
        sb.Append(", publisher: "); CypherLiteral.AppendString(sb, s.Publisher);
        sb.Append(", date: "); CypherLiteral.AppendDate(sb, s.Date);
        sb.Append(", url: "); CypherLiteral.AppendString(sb, s.Url);
    }

    private static void ProcessRow(StringBuilder sb, MediationProcess p)
    {
        sb.Append("id: "); CypherLiteral.AppendString(sb, p.Id);
        sb.Append(", name: "); CypherLiteral.AppendString(sb, p.Name);
        sb.Append(", status: "); CypherLiteral.AppendString(sb, EnumText.Name(p.Status));
        sb.Append(", topics: "); CypherLiteral.AppendList(sb, p.Topics);
        sb.Append(", start: "); CypherLiteral.AppendDate(sb, p.When.Start);
        sb.Append(", end: "); CypherLiteral.AppendDate(sb, p.When.End);
        sb.Append(", inferred: ").Append(p.Inferred ? "true" : "false");
        sb.Append(", confidence: "); CypherLiteral.AppendNumber(sb, p.Confidence);
        sb.Append(", parties: "); CypherLiteral.AppendList(sb, p.Parties);
        sb.Append(", mediators: "); CypherLiteral.AppendList(sb, p.Mediators);
        sb.Append(", outcomes: "); CypherLiteral.AppendList(sb, p.Outcomes.Select(o => (ExportText.Date(o.Date) is { } d ? d + ": " : "") + o.Description));
        sb.Append(", outcomes_json: "); CypherLiteral.AppendString(sb, OutcomesJson(p));
        AppendEvidence(sb, p.Evidence);
    }

    private static void AppendEvidence(StringBuilder sb, IReadOnlyCollection<Evidence> evidence)
    {
        // Three parallel lists, as the Neo4j store keeps them (Neo4j lists hold no nulls, so "" stands for none).
        sb.Append(", evidence_sources: "); CypherLiteral.AppendList(sb, evidence.Select(e => e.SourceId));
        sb.Append(", evidence_locators: "); CypherLiteral.AppendList(sb, evidence.Select(e => e.Locator ?? ""));
        sb.Append(", evidence_notes: "); CypherLiteral.AppendList(sb, evidence.Select(e => e.Note ?? ""));
    }

    private static readonly JsonSerializerOptions OutcomeJson = new(JsonSerializerDefaults.Web);

    /// <summary>Outcomes with their evidence as the store's <c>outcomes_json</c> property:
    /// <c>[{"date":"2024-11-27","description":"...","evidence":[{"source":"...","locator":"...","note":"..."}]}]</c>.</summary>
    private static string OutcomesJson(MediationProcess p) => JsonSerializer.Serialize(
        p.Outcomes.Select(o => new OutcomeRow(o.Date, o.Description, [.. o.Evidence.Select(e => new EvidenceRow(e.SourceId, e.Locator, e.Note))])).ToList(),
        OutcomeJson);

    private sealed record OutcomeRow(DateOnly? Date, string Description, List<EvidenceRow> Evidence);

    private sealed record EvidenceRow(string Source, string? Locator, string? Note);

    private static void LinkRow(StringBuilder sb, (string Process, string ActorId, ProcessRole Role) link)
    {
        sb.Append("actor: "); CypherLiteral.AppendString(sb, link.ActorId);
        sb.Append(", process: "); CypherLiteral.AppendString(sb, link.Process);
    }

    private static void RelationRow(StringBuilder sb, Relation r)
    {
        sb.Append("id: "); CypherLiteral.AppendString(sb, r.Id);
        sb.Append(", source: "); CypherLiteral.AppendString(sb, r.Source);
        sb.Append(", target: "); CypherLiteral.AppendString(sb, r.Target);
        sb.Append(", kind: "); CypherLiteral.AppendString(sb, r.Kind.Name);
        sb.Append(", sign: "); CypherLiteral.AppendString(sb, EnumText.Name(r.Sign));
        sb.Append(", directed: ").Append(r.Kind.Directed ? "true" : "false");
        sb.Append(", strength: "); CypherLiteral.AppendNumber(sb, r.Strength);
        sb.Append(", confidence: "); CypherLiteral.AppendNumber(sb, r.Confidence);
        sb.Append(", start: "); CypherLiteral.AppendDate(sb, r.When.Start);
        sb.Append(", end: "); CypherLiteral.AppendDate(sb, r.When.End);
        sb.Append(", topics: "); CypherLiteral.AppendList(sb, r.Topics);
        sb.Append(", modality: "); CypherLiteral.AppendString(sb, EnumText.Name(r.Modality));
        sb.Append(", weight: ").Append(r.Weight.ToString(CultureInfo.InvariantCulture));
        AppendEvidence(sb, r.Evidence);
    }
}
