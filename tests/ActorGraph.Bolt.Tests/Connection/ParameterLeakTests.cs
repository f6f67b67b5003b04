using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>A parameter that cannot be encoded must not cost a pooled connection (issue 15): with a pool of one,
/// the next query has to run at once instead of waiting out the acquisition timeout.</summary>
public class ParameterLeakTests
{
    private enum Stance { Hostile }

    private static IDriver PoolOfOne(ScriptedBoltServer server) =>
        Connect(server.Uri(), o => o.WithMaxConnectionPoolSize(1).WithConnectionAcquisitionTimeout(TimeSpan.FromMilliseconds(500)));

    public static TheoryData<string> Unencodable => ["decimal", "enum", "node", "relationship", "path"];

    private static object Value(string kind) => kind switch
    {
        "decimal" => 1.5m,
        "enum" => Stance.Hostile,
        "node" => new Node(1, "4:x:1", ["Actor"], new Dictionary<string, object?>()),
        "relationship" => new Relationship(2, 1, 3, "MEDIATES", new Dictionary<string, object?>()),
        _ => new GraphPath([new Node(1, "4:x:1", ["Actor"], new Dictionary<string, object?>())], []),
    };

    [Theory]
    [MemberData(nameof(Unencodable))]
    public async Task An_unencodable_parameter_returns_the_connection_to_a_pool_of_one(string kind)
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.AnswerOneAsync(42L);
            await c.AnswerOneAsync(43L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = PoolOfOne(server))
        {
            await using var session = driver.AsyncSession();
            // The first query opens the only connection; the refused one must give it back.
            Assert.Equal(42L, (await (await session.RunAsync("RETURN 42 AS n")).SingleAsync().Within())["n"]);
            var e = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETURN $p AS n", new { p = Value(kind) }).Within());
            Assert.Null(e.Code);
            Assert.Contains(kind is "decimal" ? "Decimal" : kind is "enum" ? "Stance" : "cannot be", e.Message, StringComparison.Ordinal);
            Assert.Equal(43L, (await (await session.RunAsync("RETURN 43 AS n")).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Unencodable_transaction_metadata_returns_the_connection()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(Protocol.MessageTag.Begin);
            await c.SuccessAsync();
            await c.AnswerOneAsync(1L);
            await c.ExpectAsync(Protocol.MessageTag.Commit);
            await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "bm" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = PoolOfOne(server))
        {
            await using var session = driver.AsyncSession();
            await Assert.ThrowsAsync<ClientException>(() =>
                session.BeginTransactionAsync(t => t.WithMetadata(new Dictionary<string, object?> { ["cost"] = 2.5m })).Within());
            await using var tx = await session.BeginTransactionAsync().Within();
            Assert.Equal(1L, (await (await tx.RunAsync("RETURN 1 AS n")).SingleAsync().Within())["n"]);
            await tx.CommitAsync().Within();
        }
        await server.VerifyAsync();
    }
}
