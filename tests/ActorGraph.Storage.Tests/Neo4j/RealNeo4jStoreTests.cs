using System.Text.Json;
using ActorGraph.Bolt;
using ActorGraph.Core.Model;
using ActorGraph.Storage.Neo4j;
using ActorGraph.Storage.Tests.Neo4j.Support;

namespace ActorGraph.Storage.Tests.Neo4j;

/// <summary>Against a real Neo4j: run only when ACTORGRAPH_NEO4J_URI is set (with ACTORGRAPH_NEO4J_USER and
/// ACTORGRAPH_NEO4J_PASSWORD). Every id is prefixed with a fresh token and everything written is deleted at the end,
/// so a shared database is safe.</summary>
public sealed class RealNeo4jStoreTests
{
    private static string? Uri => Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_URI");

    private static IDriver Connect()
    {
        var user = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_USER") ?? "neo4j";
        var password = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD");
        return GraphDatabase.Driver(Uri!, string.IsNullOrEmpty(password) ? AuthTokens.None : AuthTokens.Basic(user, password));
    }

    [SkippableFact]
    public async Task Load_read_back_reload_and_the_example_queries_work_on_a_real_server()
    {
        Skip.If(string.IsNullOrEmpty(Uri), "ACTORGRAPH_NEO4J_URI is not set");
        var token = $"agtest-{Guid.NewGuid():N}-";
        var origin = $"test:{token}";
        var graph = Prefixed(SampleGraph.Create(), token);
        await using var driver = Connect();
        var store = new Neo4jGraphStore(driver, new Neo4jStoreOptions { BatchSize = 2 });
        try
        {
            await store.ReplaceAsync(graph, origin);
            var mine = Mine(await store.GetSnapshotAsync(), token);
            Assert.Equal(Json(graph.Actors), Json(mine.Actors));
            Assert.Equal(Json(graph.Processes), Json(mine.Processes));
            Assert.Equal(Json(graph.Relations.OrderBy(r => r.Id, StringComparer.Ordinal)), Json(mine.Relations.OrderBy(r => r.Id, StringComparer.Ordinal)));

            // A reload without Egypt and the ceasefire converges: both are gone, the rest unchanged.
            var smaller = new ActorGraphData(graph.Actors.Where(a => !a.Id.EndsWith("egypt", StringComparison.Ordinal)),
                graph.Relations.Where(r => r.Kind != RelationVocabulary.AgreesCeasefire),
                graph.Processes.Select(p => p with { Mediators = [.. p.Mediators.Where(m => !m.EndsWith("egypt", StringComparison.Ordinal))] }),
                graph.Sources);
            await store.ReplaceAsync(smaller, origin);
            var after = Mine(await store.GetSnapshotAsync(), token);
            Assert.Equal(Json(smaller.Actors), Json(after.Actors));
            Assert.Equal(3, after.Relations.Length);

            // Every documented example query compiles and runs in read mode.
            await using var session = driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read));
            foreach (var (query, parameters) in Examples())
                await (await session.RunAsync(query, parameters)).ConsumeAsync();
        }
        finally
        {
            await using var session = driver.AsyncSession();
            await (await session.RunAsync(
                "MATCH (n) WHERE (n:Actor OR n:Process OR n:Source OR n:LoadRun) AND n.origin = $origin DETACH DELETE n",
                new { origin })).ConsumeAsync();
        }
    }

    private static ActorGraphData Mine(Core.Storage.GraphSnapshot snapshot, string token) =>
        new(snapshot.Data.Actors.Where(a => a.Id.StartsWith(token, StringComparison.Ordinal)),
            snapshot.Data.Relations.Where(r => r.Id.StartsWith(token, StringComparison.Ordinal)),
            snapshot.Data.Processes.Where(p => p.Id.StartsWith(token, StringComparison.Ordinal)),
            snapshot.Data.Sources.Where(s => s.Id.StartsWith(token, StringComparison.Ordinal)));

    private static ActorGraphData Prefixed(ActorGraphData g, string t)
    {
        Evidence E(Evidence e) => e with { SourceId = t + e.SourceId };
        return new ActorGraphData(
            g.Actors.Select(a => a with { Id = t + a.Id }),
            g.Relations.Select(r => r with { Id = t + r.Id, Source = t + r.Source, Target = t + r.Target, Evidence = [.. r.Evidence.Select(E)] }),
            g.Processes.Select(p => p with
            {
                Id = t + p.Id, Parties = [.. p.Parties.Select(x => t + x)], Mediators = [.. p.Mediators.Select(x => t + x)],
                Evidence = [.. p.Evidence.Select(E)], Outcomes = [.. p.Outcomes.Select(o => o with { Evidence = [.. o.Evidence.Select(E)] })],
            }),
            g.Sources.Select(s => s with { Id = t + s.Id }));
    }

    /// <summary>The statements of docs/neo4j-examples.cypher with the parameters their "// params:" line declares.</summary>
    private static IEnumerable<(string Query, Dictionary<string, object?> Parameters)> Examples()
    {
        var root = RepositoryPaths.Root;
        var text = File.ReadAllText(Path.Combine(root, "docs", "neo4j-examples.cypher"));
        foreach (var statement in text.Split(";\n").Where(s => s.Contains("// params:", StringComparison.Ordinal)))
        {
            var line = statement.Split('\n').Single(l => l.StartsWith("// params:", StringComparison.Ordinal));
            var parameters = line["// params:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2))
                .ToDictionary(p => p[0], p => long.TryParse(p[1], out var l) ? l : double.TryParse(p[1], System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (object?)p[1]);
            yield return (statement, parameters);
        }
    }

    private static string Json<T>(IEnumerable<T> values) => JsonSerializer.Serialize(values.ToList());
}
