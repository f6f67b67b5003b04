namespace ActorGraph.Bolt.Tests.Live;

/// <summary>Against a real Neo4j when ACTORGRAPH_NEO4J_URI is set (with ACTORGRAPH_NEO4J_USER, default "neo4j",
/// and ACTORGRAPH_NEO4J_PASSWORD); skipped otherwise. Everything written is removed again.</summary>
public class RealNeo4jTests
{
    private static readonly string? Uri = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_URI");

    private static IDriver Connect()
    {
        Skip.If(string.IsNullOrEmpty(Uri), "ACTORGRAPH_NEO4J_URI is not set: no real Neo4j to test against.");
        var user = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_USER") ?? "neo4j";
        var password = Environment.GetEnvironmentVariable("ACTORGRAPH_NEO4J_PASSWORD") ?? "";
        return GraphDatabase.Driver(Uri!, password.Length == 0 ? AuthTokens.None : AuthTokens.Basic(user, password));
    }

    [SkippableFact]
    public async Task Connects_and_reports_the_server()
    {
        await using var driver = Connect();
        var info = await driver.GetServerInfoAsync();
        Assert.StartsWith("Neo4j/", info.Agent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Parameters_come_back_unchanged()
    {
        await using var driver = Connect();
        await using var session = driver.AsyncSession();
        object?[] values =
        [
            null, true, 42L, -17L, long.MaxValue, 1.5, "ÄÖÜ😀", new byte[] { 1, 2, 3 },
            new List<object?> { 1L, "a", null }, new Dictionary<string, object?> { ["k"] = 1L },
            new LocalDate(19739), new LocalTime(31_350_000_000_123), new LocalDateTime(1705325400, 7),
            new ZonedDateTime(1705325400, 0, -18000, null), new ZonedDateTime(1705325400, 0, null, "Europe/Berlin"),
            new Duration(14, 3, 3600, 500), new Point(7203, 1.0, 2.0), new Point(4979, 1.0, 2.0, 3.0),
        ];
        foreach (var value in values)
        {
            var record = await (await session.RunAsync("RETURN $v AS v", new Dictionary<string, object?> { ["v"] = value })).SingleAsync();
            Assert.True(ValueEquality.Equal(value, record["v"]), $"{ValueFormatter.Format(value)} came back as {ValueFormatter.Format(record["v"])}");
        }
    }

    [SkippableFact]
    public async Task Writes_reads_paths_and_errors()
    {
        await using var driver = Connect();
        await using var session = driver.AsyncSession();
        var tag = "BoltTest" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var path = await session.ExecuteWriteAsync(async tx =>
            {
                var cursor = await tx.RunAsync(
                    "CREATE p = (a:BoltTest {tag: $tag, n: 1})-[:R]->(b:BoltTest {tag: $tag, n: 2})<-[:R]-(c:BoltTest {tag: $tag, n: 3}) RETURN p",
                    new { tag });
                return (await cursor.SingleAsync()).Get<IPath>("p");
            });
            Assert.Equal([1L, 2L, 3L], path.Nodes.Select(n => n["n"]));
            Assert.Equal(path.Nodes[2].ElementId, path.Relationships[1].StartNodeElementId);

            await using var reader = driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read).WithBookmarks(session.LastBookmarks));
            var count = await reader.ExecuteReadAsync(async tx =>
                (await (await tx.RunAsync("MATCH (n:BoltTest {tag: $tag}) RETURN count(n) AS c", new { tag })).SingleAsync()).Get<int>("c"));
            Assert.Equal(3, count);

            var e = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        }
        finally
        {
            await (await session.RunAsync("MATCH (n:BoltTest {tag: $tag}) DETACH DELETE n", new { tag })).ConsumeAsync();
        }
    }
}
