using ActorGraph.Bolt;
namespace ActorGraph.TestSupport;

/// <summary>Builds the fake's answers to the snapshot queries from the rows the server received during a load,
/// as a database would return them (relationship types from the statement the rows came with).</summary>
public static class ReadBack
{
    public static Func<ReceivedRun, FakeReply> From(IReadOnlyList<ReceivedRun> load)
    {
        List<IReadOnlyDictionary<string, object?>> Rows(string merge) =>
            [.. load.Where(r => r.Query.Contains(merge, StringComparison.Ordinal))
                .SelectMany(r => ((List<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>())];

        var relations = load.Where(r => r.Query.Contains("MERGE (s)-[r:", StringComparison.Ordinal))
            .SelectMany(r => ((List<object?>)r.Parameters["rows"]!).Cast<IReadOnlyDictionary<string, object?>>()
                .Select(row => (Type: r.Query.Split("[r:")[1].Split(' ')[0], Row: row)))
            .ToList();

        return run =>
        {
            object?[] Pick(IReadOnlyDictionary<string, object?> row, string[] keys) => [.. keys.Select(k => row.GetValueOrDefault(k))];
            if (run.Query.StartsWith("MATCH (l:LoadRun) WHERE l.status = 'succeeded'", StringComparison.Ordinal))
                return FakeReply.Rows(["version", "finishedAt", "origin"], [1L, null, "seed"]);
            if (run.Query.StartsWith("MATCH (n:Actor) RETURN", StringComparison.Ordinal))
            {
                string[] keys = ["id", "name", "kind", "aliases", "country", "description"];
                return new FakeReply(keys, [.. Rows("MERGE (n:Actor").Select(r => Pick(r, keys))]);
            }
            if (run.Query.StartsWith("MATCH (n:Source) RETURN", StringComparison.Ordinal))
            {
                string[] keys = ["id", "title", "publisher", "date", "url"];
                return new FakeReply(keys, [.. Rows("MERGE (n:Source").Select(r => Pick(r, keys))]);
            }
            if (run.Query.StartsWith("MATCH (n:Process) RETURN", StringComparison.Ordinal))
            {
                string[] keys = ["id", "name", "status", "start", "end", "topics", "inferred", "confidence", "parties", "mediators",
                    "outcomes_json", "evidence_sources", "evidence_locators", "evidence_notes"];
                return new FakeReply([.. keys.Select(k => k == "outcomes_json" ? "outcomes" : k)], [.. Rows("MERGE (n:Process").Select(r => Pick(r, keys))]);
            }
            if (run.Query.StartsWith("MATCH (s:Actor)-[r]->(t:Actor)", StringComparison.Ordinal))
            {
                string[] keys = ["id", "source", "target", "type", "strength", "confidence", "start", "end", "topics", "modality", "weight",
                    "evidence_sources", "evidence_locators", "evidence_notes"];
                return new FakeReply(keys, [.. relations.Select(x => keys.Select(k => k == "type" ? x.Type : x.Row.GetValueOrDefault(k)).ToArray())]);
            }
            throw new InvalidOperationException($"unexpected query in read-back: {run.Query}");
        };
    }
}
