using ActorGraph.Core.Storage;
namespace ActorGraph.Storage.Neo4j;

/// <summary>Every Cypher statement the store sends. Values always travel as parameters ($rows, $run, $origin);
/// the only identifiers spliced into a text are labels and relationship types from <see cref="Neo4jSchema"/>.</summary>
internal static class Neo4jStatements
{
    private const string Stamp = "origin = $origin, {0}.loadRun = $run, {0}.seq = row.seq";

    public static IReadOnlyList<string> Constraints { get; } =
    [
        .. new[] { Neo4jSchema.Actor, Neo4jSchema.Process, Neo4jSchema.Source, Neo4jSchema.LoadRun }.Select(label =>
            $"CREATE CONSTRAINT actorgraph_{label.ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"),
    ];

    /// <summary>Relationship property indexes (Neo4j 4.3+); a server without them refuses these, which is not fatal.</summary>
    public static IReadOnlyList<string> RelationshipIndexes { get; } =
    [
        .. Neo4jSchema.RelationTypes.Select(type =>
            $"CREATE INDEX actorgraph_{type.ToLowerInvariant()}_id IF NOT EXISTS FOR ()-[r:{type}]-() ON (r.id)"),
    ];

    public const string StartRun =
        "CREATE (l:LoadRun {id: $run, origin: $origin, startedAt: $startedAt, status: 'running', " +
        "actors: $actors, relations: $relations, processes: $processes, sources: $sources})";

    public const string FinishRun =
        "MATCH (l:LoadRun {id: $run}) SET l.status = $status, l.finishedAt = $finishedAt, l.removed = $removed, l.error = $error";

    public static readonly string Actors =
        "UNWIND $rows AS row\nMERGE (n:Actor {id: row.id})\n" +
        "SET n.name = row.name, n.kind = row.kind, n.aliases = row.aliases, n.country = row.country, n.description = row.description, n." +
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Stamp, "n");

    public static readonly string Sources =
        "UNWIND $rows AS row\nMERGE (n:Source {id: row.id})\n" +
        "SET n.title = row.title, n.publisher = row.publisher, n.date = row.date, n.url = row.url, n." +
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Stamp, "n");

    public static readonly string Processes =
        "UNWIND $rows AS row\nMERGE (n:Process {id: row.id})\n" +
        "SET n.name = row.name, n.status = row.status, n.start = row.start, n.end = row.end, n.topics = row.topics, " +
        "n.inferred = row.inferred, n.confidence = row.confidence, n.parties = row.parties, n.mediators = row.mediators, " +
        "n.outcomes = row.outcomes, n.outcomes_json = row.outcomes_json, n.evidence_sources = row.evidence_sources, " +
        "n.evidence_locators = row.evidence_locators, n.evidence_notes = row.evidence_notes, n." +
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Stamp, "n");

    public static string ProcessLinks(string type) =>
        "UNWIND $rows AS row\nMATCH (a:Actor {id: row.actor})\nMATCH (p:Process {id: row.process})\n" +
        $"MERGE (a)-[l:{Checked(type)}]->(p)\nSET l." + string.Format(System.Globalization.CultureInfo.InvariantCulture, Stamp, "l");

    public static string Relations(string type) =>
        "UNWIND $rows AS row\nMATCH (s:Actor {id: row.source})\nMATCH (t:Actor {id: row.target})\n" +
        $"MERGE (s)-[r:{Checked(type)} {{id: row.id}}]->(t)\n" +
        "SET r.kind = row.kind, r.sign = row.sign, r.directed = row.directed, r.strength = row.strength, r.confidence = row.confidence, " +
        "r.start = row.start, r.end = row.end, r.topics = row.topics, r.modality = row.modality, r.weight = row.weight, " +
        "r.evidence_sources = row.evidence_sources, r.evidence_locators = row.evidence_locators, r.evidence_notes = row.evidence_notes, r." +
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Stamp, "r");

    /// <summary>Removes, a batch at a time, relationships an earlier load of the same origin wrote and this one did not.</summary>
    public const string RemoveStaleRelationships =
        "MATCH (:Actor)-[r]->() WHERE r.origin = $origin AND r.loadRun <> $run\nWITH r LIMIT $limit DELETE r RETURN count(*) AS removed";

    /// <summary>Removes, a batch at a time, nodes an earlier load of the same origin wrote and this one did not.</summary>
    public const string RemoveStaleNodes =
        "MATCH (n) WHERE (n:Actor OR n:Process OR n:Source) AND n.origin = $origin AND n.loadRun <> $run\n" +
        "WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS removed";

    public const string ReadVersion =
        "MATCH (l:LoadRun) WHERE l.status = 'succeeded' RETURN count(l) AS version, max(l.finishedAt) AS finishedAt, " +
        "collect(l.origin)[-1] AS origin";

    public const string ReadActors =
        "MATCH (n:Actor) RETURN n.id AS id, n.name AS name, n.kind AS kind, n.aliases AS aliases, n.country AS country, " +
        "n.description AS description ORDER BY n.seq, n.id";

    public const string ReadSources =
        "MATCH (n:Source) RETURN n.id AS id, n.title AS title, n.publisher AS publisher, n.date AS date, n.url AS url ORDER BY n.seq, n.id";

    public const string ReadProcesses =
        "MATCH (n:Process) RETURN n.id AS id, n.name AS name, n.status AS status, n.start AS start, n.end AS end, n.topics AS topics, " +
        "n.inferred AS inferred, n.confidence AS confidence, n.parties AS parties, n.mediators AS mediators, " +
        "n.outcomes_json AS outcomes, n.evidence_sources AS evidence_sources, n.evidence_locators AS evidence_locators, " +
        "n.evidence_notes AS evidence_notes ORDER BY n.seq, n.id";

    public const string ReadRelations =
        "MATCH (s:Actor)-[r]->(t:Actor) WHERE type(r) IN $types\n" +
        "RETURN r.id AS id, s.id AS source, t.id AS target, type(r) AS type, r.strength AS strength, r.confidence AS confidence, " +
        "r.start AS start, r.end AS end, r.topics AS topics, r.modality AS modality, r.weight AS weight, " +
        "r.evidence_sources AS evidence_sources, r.evidence_locators AS evidence_locators, r.evidence_notes AS evidence_notes " +
        "ORDER BY r.seq, r.id";

    private static string Checked(string type) =>
        type == Neo4jSchema.PartyIn || type == Neo4jSchema.MediatesIn || Neo4jSchema.KindOfType(type) is not null
            ? type
            : throw new InvalidOperationException($"'{type}' is not a relationship type of the ActorGraph schema");
}
