using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>API of the official .NET driver: executable queries, bookmark managers, per-session credentials,
/// consumed results.</summary>
public class DriverApiTests
{
    // BEGIN, RUN, PULL with one record, COMMIT with the given bookmark; returns BEGIN's extra.
    private static async Task<IReadOnlyDictionary<string, object?>> TransactionAsync(ScriptedBoltConnection c, long value, string bookmark)
    {
        var begin = (await c.ExpectAsync(MessageTag.Begin)).Map(0);
        await c.SuccessAsync();
        await c.ExpectRunAsync();
        await c.RunSuccessAsync("n");
        await c.ExpectPullAsync();
        await c.RecordAsync(value);
        await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r", ["db"] = "neo4j" });
        await c.ExpectAsync(MessageTag.Commit);
        await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = bookmark });
        return begin;
    }

    [Fact]
    public async Task Executable_queries_return_records_keys_and_summary_and_chain_through_the_driver_bookmark_manager()
    {
        var begins = new List<IReadOnlyDictionary<string, object?>>();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            begins.Add(await TransactionAsync(c, 1, "FB:1"));
            begins.Add(await TransactionAsync(c, 2, "FB:2"));
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            var first = await driver.ExecutableQuery("CREATE (a:Actor) RETURN 1 AS n").ExecuteAsync().Within();
            Assert.Equal(["n"], first.Keys);
            Assert.Equal(1L, Assert.Single(first.Result)["n"]);
            Assert.Equal("neo4j", first.Summary.Database);
            var second = await driver.ExecutableQuery("MATCH (a:Actor) RETURN count(a) AS n")
                .WithConfig(new QueryConfig(RoutingControl.Readers)).WithMap(r => r.Get<long>("n") * 10).ExecuteAsync().Within();
            Assert.Equal([20L], second.Result);
            Assert.Equal(["FB:2"], await driver.ExecutableQueryBookmarkManager.GetBookmarksAsync());
        }
        await server.VerifyAsync();
        Assert.False(begins[0].ContainsKey("mode")); // writers by default
        Assert.Equal("r", begins[1]["mode"]);
        Assert.True(ValueEquality.Equal(new List<object?> { "FB:1" }, begins[1]["bookmarks"])); // the second sees the first's write
    }

    [Fact]
    public async Task Sessions_sharing_a_bookmark_manager_see_each_others_commits()
    {
        var begins = new List<IReadOnlyDictionary<string, object?>>();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            begins.Add(await TransactionAsync(c, 1, "FB:a"));
            begins.Add(await TransactionAsync(c, 2, "FB:b"));
            await c.ExpectCloseAsync();
        });
        var manager = GraphDatabase.BookmarkManagerFactory.NewBookmarkManager(new BookmarkManagerConfig(["FB:0"]));
        await using (var driver = Connect(server.Uri()))
        {
            foreach (var n in new[] { 1, 2 })
            {
                await using var session = driver.AsyncSession(o => o.WithBookmarkManager(manager));
                await session.ExecuteWriteAsync(async tx => await (await tx.RunAsync("RETURN 1 AS n")).ConsumeAsync()).Within();
            }
        }
        await server.VerifyAsync();
        Assert.True(ValueEquality.Equal(new List<object?> { "FB:0" }, begins[0]["bookmarks"]));
        Assert.True(ValueEquality.Equal(new List<object?> { "FB:a" }, begins[1]["bookmarks"])); // FB:0 was replaced by FB:a
        Assert.Equal(["FB:b"], await manager.GetBookmarksAsync());
    }

    [Fact]
    public async Task A_session_with_its_own_credentials_switches_the_pooled_connection_with_logoff_logon()
    {
        var logons = new List<IReadOnlyDictionary<string, object?>>();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(MessageTag.Logoff);
            await c.SuccessAsync();
            logons.Add((await c.ExpectAsync(MessageTag.Logon)).Map(0));
            await c.SuccessAsync();
            await TransactionAsync(c, 1, "FB:1");
            await c.ExpectAsync(MessageTag.Logoff); // back to the driver's credentials for the next session
            await c.SuccessAsync();
            logons.Add((await c.ExpectAsync(MessageTag.Logon)).Map(0));
            await c.SuccessAsync();
            await TransactionAsync(c, 2, "FB:2");
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await driver.VerifyConnectivityAsync().Within(); // one pooled connection, logged on as the driver's user
            await using (var analyst = driver.AsyncSession(o => o.WithAuthToken(AuthTokens.Basic("analyst", "a-pw"))))
                await analyst.ExecuteReadAsync(tx => tx.RunAsync("RETURN 1 AS n")).Within();
            await using (var session = driver.AsyncSession())
                await session.ExecuteReadAsync(tx => tx.RunAsync("RETURN 2 AS n")).Within();
        }
        await server.VerifyAsync();
        Assert.Equal(1, server.ConnectionCount);
        Assert.Equal("analyst", logons[0]["principal"]);
        Assert.Equal(User, logons[1]["principal"]);
    }

    [Fact]
    public async Task Before_5_1_a_session_with_its_own_credentials_gets_a_connection_of_its_own()
    {
        IReadOnlyDictionary<string, object?>? hello = null;
        await using var server = new ScriptedBoltServer(
            async c => { await c.HelloAsync(5, 0); await c.ExpectCloseAsync(); },
            async c =>
            {
                (hello, _) = await c.HelloAsync(5, 0);
                await TransactionAsync(c, 1, "FB:1");
                await c.ExpectCloseAsync();
            });
        await using (var driver = Connect(server.Uri()))
        {
            await driver.VerifyConnectivityAsync().Within();
            await using var analyst = driver.AsyncSession(o => o.WithAuthToken(AuthTokens.Basic("analyst", "a-pw")));
            await analyst.ExecuteReadAsync(tx => tx.RunAsync("RETURN 1 AS n")).Within();
        }
        await server.VerifyAsync();
        Assert.Equal("analyst", hello!["principal"]);
    }

    [Fact]
    public async Task Reading_a_consumed_result_raises_result_consumed()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.AnswerOneAsync(1L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("RETURN 1 AS n").Within();
            await cursor.ConsumeAsync().Within();
            await Assert.ThrowsAsync<ResultConsumedException>(() => cursor.FetchAsync().Within());
            await Assert.ThrowsAsync<ResultConsumedException>(() => cursor.ToListAsync().Within());
        }
        await server.VerifyAsync();
    }
}
