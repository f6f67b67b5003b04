// ActorGraph: example Cypher queries for exploring the graph in Neo4j (schema in docs/neo4j.md).
// Every value is a $parameter. Run one with, e.g.:
//   actorgraph cypher --neo4j bolt://localhost:7687 -p a=qatar -p b=israel "<query>"
// or paste it into Neo4j Browser after `:param a => 'qatar'`. Tested by tests/ActorGraph.Cli.Tests/Neo4j/ExampleQueriesTests.cs.

// 1. Find an actor by id, name or alias (case-insensitive).
// params: q=Qatar
MATCH (a:Actor)
WHERE a.id = $q OR toLower(a.name) = toLower($q) OR any(x IN a.aliases WHERE toLower(x) = toLower($q))
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, a.aliases AS aliases;

// 2. Who mediates between A and B: actors with a MEDIATES tie to both, and mediators of processes where both are parties.
// params: a=israel b=hamas
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
CALL {
  WITH x, y
  MATCH (m:Actor)-[:MEDIATES]->(x)
  WHERE (m)-[:MEDIATES]->(y)
  RETURN m, 'mediates both' AS via, null AS process
  UNION
  WITH x, y
  MATCH (x)-[:PARTY_IN]->(p:Process)<-[:PARTY_IN]-(y)
  MATCH (m:Actor)-[:MEDIATES_IN]->(p)
  RETURN m, 'process mediator' AS via, p.name AS process
}
RETURN m.id AS mediator, m.name AS name, collect(DISTINCT via) AS how, collect(DISTINCT process) AS processes
ORDER BY size(how) DESC, name;

// 3. The shortest chains of cooperative contacts between A and B (any direction, at most 6 hops).
// params: a=qatar b=israel
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
MATCH p = allShortestPaths((x)-[:MEETS|NEGOTIATES|ENGAGES|MEDIATES|SUPPORTS|COOPERATES|AGREES_CEASEFIRE|AIDS|ALLIED*..6]-(y))
RETURN p, length(p) AS hops
LIMIT 10;

// 4. Cooperative chains between A and B where every tie is at least a given strength (0..1).
// params: a=qatar b=israel minStrength=0.5
MATCH p = (x:Actor {id: $a})-[rs:MEETS|NEGOTIATES|ENGAGES|MEDIATES|SUPPORTS|COOPERATES|AGREES_CEASEFIRE|AIDS|ALLIED*1..4]-(y:Actor {id: $b})
WHERE all(r IN rs WHERE r.strength >= $minStrength)
RETURN p, length(p) AS hops, reduce(s = 1.0, r IN rs | s * r.strength) AS chainStrength
ORDER BY hops, chainStrength DESC
LIMIT 10;

// 5. Mediation processes with a given status (proposed, ongoing, agreed, collapsed, ended), with parties and mediators.
// params: status=ongoing
MATCH (p:Process)
WHERE p.status = $status
RETURN p.id AS id, p.name AS name, p.start AS start, p.end AS end,
       [(a:Actor)-[:PARTY_IN]->(p) | a.name] AS parties,
       [(m:Actor)-[:MEDIATES_IN]->(p) | m.name] AS mediators
ORDER BY p.start DESC;

// 6. The relations in force on a date (a point event, with a start only, counts from its date on).
// params: asOf=2024-03-01
MATCH (s:Actor)-[r]->(t:Actor)
WHERE r.kind IS NOT NULL
  AND (r.start IS NULL OR r.start <= date($asOf))
  AND (r.end IS NULL OR r.end >= date($asOf))
RETURN s.name AS source, type(r) AS type, t.name AS target, r.strength AS strength, r.start AS start, r.end AS end
ORDER BY source, type, target;

// 7. The hostile ties of an actor, strongest first, in either direction.
// params: actor=hamas
MATCH (a:Actor {id: $actor})-[r]-(other:Actor)
WHERE r.sign = 'hostile'
RETURN type(r) AS type, startNode(r) = a AS outgoing, other.name AS other, r.strength AS strength, r.start AS start, r.modality AS modality
ORDER BY strength DESC;

// 8. The evidence for the ties between A and B: one row per piece of evidence, with its source.
// params: a=qatar b=hamas
MATCH (x:Actor {id: $a})-[r]-(y:Actor {id: $b})
WHERE r.kind IS NOT NULL AND size(r.evidence_sources) > 0
UNWIND range(0, size(r.evidence_sources) - 1) AS i
OPTIONAL MATCH (src:Source {id: r.evidence_sources[i]})
RETURN r.id AS relation, type(r) AS type, src.title AS title, src.publisher AS publisher, src.date AS date, src.url AS url,
       r.evidence_locators[i] AS locator, r.evidence_notes[i] AS note
ORDER BY relation, i;

// 9. Potential go-betweens: actors with cooperative ties to both A and B.
// params: a=israel b=hamas
MATCH (x:Actor {id: $a})-[r1]-(m:Actor)-[r2]-(y:Actor {id: $b})
WHERE r1.sign = 'cooperative' AND r2.sign = 'cooperative' AND m <> x AND m <> y
RETURN m.id AS id, m.name AS name, collect(DISTINCT type(r1)) AS withA, collect(DISTINCT type(r2)) AS withB,
       max(r1.strength) AS strengthA, max(r2.strength) AS strengthB
ORDER BY strengthA * strengthB DESC;

// 10. The most connected actors (ties of every kind to other actors).
// params: limit=20
MATCH (a:Actor)
RETURN a.id AS id, a.name AS name, size([(a)-[r]-(:Actor) WHERE r.kind IS NOT NULL | r]) AS ties
ORDER BY ties DESC, name
LIMIT $limit;

// 11. Mediators of processes on a topic, with how many such processes each mediates.
// params: topic=hostages
MATCH (m:Actor)-[:MEDIATES_IN]->(p:Process)
WHERE $topic IN p.topics
RETURN m.id AS id, m.name AS name, count(p) AS processes, collect(p.name) AS names
ORDER BY processes DESC, name;

// 12. Ties reported by a given source (what a single article or report supports).
// params: source=reuters-2024-03-01
MATCH (s:Actor)-[r]->(t:Actor)
WHERE $source IN r.evidence_sources
RETURN s.name AS source, type(r) AS type, t.name AS target, r.start AS start, r.modality AS modality
ORDER BY start;

// 13. The actors of one kind in one country (kinds: state, armed-group, agency, government, organisation, person, ...).
// params: kind=person country=QA
MATCH (a:Actor)
WHERE a.kind = $kind AND a.country = $country
RETURN a.id AS id, a.name AS name, a.description AS description
ORDER BY name;

// 14. The history of loads: which runs finished, failed or were interrupted (still 'running').
// params: limit=10
MATCH (l:LoadRun)
RETURN l.origin AS origin, l.status AS status, l.startedAt AS started, l.finishedAt AS finished,
       l.actors AS actors, l.relations AS relations, l.removed AS removed, l.error AS error
ORDER BY started DESC
LIMIT $limit;
