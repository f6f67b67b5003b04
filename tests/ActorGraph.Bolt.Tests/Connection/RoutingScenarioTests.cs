using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>neo4j:// routing against three or four scripted servers: a router, readers and writers.</summary>
public class RoutingScenarioTests
{
    private static Dictionary<string, object?> Table(long ttl, string router, string[] readers, string[] writers) => new()
    {
        ["rt"] = new Dictionary<string, object?>
        {
            ["ttl"] = ttl,
            ["db"] = "neo4j",
            ["servers"] = new List<object?>
            {
                new Dictionary<string, object?> { ["addresses"] = new List<object?> { router }, ["role"] = "ROUTE" },
                new Dictionary<string, object?> { ["addresses"] = readers.Cast<object?>().ToList(), ["role"] = "READ" },
                new Dictionary<string, object?> { ["addresses"] = writers.Cast<object?>().ToList(), ["role"] = "WRITE" },
            },
        },
    };

    private static async Task<IReadOnlyDictionary<string, object?>> AnswerQueryAsync(ScriptedBoltConnection c, object? value)
    {
        var (_, _, extra) = await c.ExpectRunAsync();
        await c.RunSuccessAsync("v");
        await c.ExpectPullAsync();
        await c.RecordAsync(value);
        await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
        return extra;
    }

    [Fact]
    public async Task Routing_table_fetch_sends_reads_to_readers_and_writes_to_writers()
    {
        await using var router = new ScriptedBoltServer();
        await using var reader = new ScriptedBoltServer();
        await using var writer = new ScriptedBoltServer();
        IReadOnlyDictionary<string, object?>? hello = null, routeContext = null, routeExtra = null, readExtra = null, writeExtra = null, readerHello = null;
        router.AddScript(async c =>
        {
            (hello, _) = await c.HelloAsync(5, 8);
            var route = await c.ExpectAsync(MessageTag.Route);
            routeContext = route.Map(0);
            routeExtra = route.Map(2);
            await c.SuccessAsync(Table(300, router.Address, [reader.Address], [writer.Address]));
            await c.ExpectCloseAsync();
        });
        reader.AddScript(async c =>
        {
            (readerHello, _) = await c.HelloAsync(5, 8);
            readExtra = await AnswerQueryAsync(c, "from reader");
            await c.ExpectCloseAsync();
        });
        writer.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            writeExtra = await AnswerQueryAsync(c, "from writer");
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(router.Uri("neo4j") + "?region=eu"))
        {
            await using (var read = driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read)))
                Assert.Equal("from reader", (await (await read.RunAsync("MATCH (n) RETURN n").Within()).SingleAsync().Within())["v"]);
            await using (var write = driver.AsyncSession())
                Assert.Equal("from writer", (await (await write.RunAsync("CREATE (n) RETURN n").Within()).SingleAsync().Within())["v"]);
        }
        await Task.WhenAll(router.VerifyAsync(), reader.VerifyAsync(), writer.VerifyAsync());
        var expectedContext = new Dictionary<string, object?> { ["address"] = router.Address, ["region"] = "eu" };
        Assert.True(ValueEquality.Equal(expectedContext, hello!["routing"]));
        Assert.True(ValueEquality.Equal(expectedContext, readerHello!["routing"]));
        Assert.True(ValueEquality.Equal(expectedContext, routeContext));
        Assert.Empty(routeExtra!);
        Assert.Equal("r", readExtra!["mode"]);
        Assert.False(writeExtra!.ContainsKey("mode"));
    }

    [Theory]
    [InlineData("Neo.ClientError.Cluster.NotALeader")]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase")]
    public async Task Not_a_leader_forgets_the_writer_refreshes_the_table_and_retries(string code)
    {
        await using var router = new ScriptedBoltServer();
        await using var oldLeader = new ScriptedBoltServer();
        await using var newLeader = new ScriptedBoltServer();
        router.AddScript(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(MessageTag.Route);
            await c.SuccessAsync(Table(300, router.Address, [router.Address], [oldLeader.Address]));
            await c.ExpectAsync(MessageTag.Route);
            await c.SuccessAsync(Table(300, router.Address, [router.Address], [newLeader.Address]));
            await c.ExpectCloseAsync();
        });
        oldLeader.AddScript(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(MessageTag.Begin);
            await c.SuccessAsync();
            await c.ExpectRunAsync();
            await c.FailureAsync(code, "No write operations are allowed on this database.");
            await c.ExpectResetAsync(ignoredBefore: 1);
            await c.ExpectCloseAsync();
        });
        newLeader.AddScript(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(MessageTag.Begin);
            await c.SuccessAsync();
            await AnswerQueryAsync(c, "written");
            await c.ExpectAsync(MessageTag.Commit);
            await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "FB:new" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(router.Uri("neo4j")))
        {
            await using var session = driver.AsyncSession();
            var value = await session.ExecuteWriteAsync(async tx => (await (await tx.RunAsync("CREATE (n) RETURN 1 AS v")).SingleAsync())["v"]).Within();
            Assert.Equal("written", value);
            Assert.Equal(Bookmarks.From("FB:new"), session.LastBookmarks);
        }
        await Task.WhenAll(router.VerifyAsync(), oldLeader.VerifyAsync(), newLeader.VerifyAsync());
    }

    [Fact]
    public async Task An_unreachable_reader_is_forgotten_and_the_next_one_is_used()
    {
        await using var router = new ScriptedBoltServer();
        await using var reader = new ScriptedBoltServer();
        using var dead = new ClosedPort(); // nothing listens there: connecting is refused
        var deadAddress = dead.Address;
        router.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectAsync(MessageTag.Route);
            await c.SuccessAsync(Table(300, router.Address, [deadAddress, reader.Address], [router.Address]));
            await c.ExpectCloseAsync();
        });
        reader.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            await AnswerQueryAsync(c, 1L);
            await AnswerQueryAsync(c, 2L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(router.Uri("neo4j")))
        {
            for (var i = 1; i <= 2; i++)
            {
                await using var session = driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read));
                Assert.Equal((long)i, (await (await session.RunAsync("RETURN 1").Within()).SingleAsync().Within())["v"]);
            }
        }
        await Task.WhenAll(router.VerifyAsync(), reader.VerifyAsync());
    }

    [Fact]
    public void Routing_table_parses_roles_and_goes_stale()
    {
        var now = DateTimeOffset.UnixEpoch;
        var table = RoutingTable.Parse((IReadOnlyDictionary<string, object?>)Table(10, "r:1", ["a:1", "b:2"], ["w:3"])["rt"]!, now);
        Assert.Equal("neo4j", table.Database);
        Assert.Equal([new ServerAddress("a", 1), new ServerAddress("b", 2)], table.Readers);
        Assert.Equal([new ServerAddress("w", 3)], table.Writers);
        Assert.False(table.IsStaleFor(AccessMode.Write, now.AddSeconds(9)));
        Assert.True(table.IsStaleFor(AccessMode.Read, now.AddSeconds(10)));
        table.ForgetWriter(new ServerAddress("w", 3));
        Assert.True(table.IsStaleFor(AccessMode.Write, now));
        Assert.False(table.IsStaleFor(AccessMode.Read, now));
        var first = table.ServersFor(AccessMode.Read)[0];
        var second = table.ServersFor(AccessMode.Read)[0];
        Assert.NotEqual(first, second); // successive sessions spread over the readers
    }

    [Fact]
    public async Task A_reader_lost_mid_transaction_is_forgotten_and_the_work_retried_on_another()
    {
        await using var router = new ScriptedBoltServer();
        await using var readerA = new ScriptedBoltServer();
        await using var readerB = new ScriptedBoltServer();
        var attempts = 0;
        router.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectAsync(MessageTag.Route);
            await c.SuccessAsync(Table(300, router.Address, [readerA.Address, readerB.Address], [router.Address]));
            await c.ExpectCloseAsync();
        });
        async Task Reader(ScriptedBoltConnection c)
        {
            await c.HelloAsync(5, 8);
            await c.ExpectAsync(MessageTag.Begin);
            if (Interlocked.Increment(ref attempts) == 1)
            {
                c.Drop(); // the first reader dies mid-transaction
                return;
            }
            await c.SuccessAsync();
            await AnswerQueryAsync(c, "survivor");
            await c.ExpectAsync(MessageTag.Commit);
            await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "FB:r" });
            await c.ExpectCloseAsync();
        }
        readerA.AddScript(Reader);
        readerB.AddScript(Reader);
        await using (var driver = Connect(router.Uri("neo4j")))
        {
            await using var session = driver.AsyncSession();
            var value = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("MATCH (n) RETURN n")).SingleAsync())["v"]).Within();
            Assert.Equal("survivor", value);
        }
        await Task.WhenAll(router.VerifyAsync(), readerA.VerifyAsync(), readerB.VerifyAsync());
        Assert.Equal(2, attempts);
    }
}
