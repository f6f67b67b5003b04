using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>The driver against scripted single-server exchanges.</summary>
public class DriverScenarioTests
{
    private static async Task SimpleQueryAsync(ScriptedBoltConnection c, object? value, IReadOnlyDictionary<string, object?>? summary = null)
    {
        await c.ExpectRunAsync();
        await c.RunSuccessAsync("n");
        await c.ExpectPullAsync();
        await c.RecordAsync(value);
        await c.SuccessAsync(summary ?? new Dictionary<string, object?> { ["type"] = "r" });
    }

    [Theory]
    [InlineData(5, 8, "bolt_agent,user_agent")]
    [InlineData(5, 7, "bolt_agent,user_agent")]
    [InlineData(5, 6, "bolt_agent,user_agent")]
    [InlineData(5, 4, "bolt_agent,user_agent")]
    [InlineData(5, 3, "bolt_agent,user_agent")]
    [InlineData(5, 2, "user_agent")]
    [InlineData(5, 1, "user_agent")]
    [InlineData(5, 0, "credentials,principal,scheme,user_agent")]
    [InlineData(4, 4, "credentials,patch_bolt,principal,scheme,user_agent")]
    public async Task Each_version_negotiates_and_sends_only_the_hello_keys_it_defines(int major, int minor, string helloKeys)
    {
        IReadOnlyDictionary<string, object?>? hello = null, logon = null;
        byte[] handshake = [];
        await using var server = new ScriptedBoltServer(async c =>
        {
            (hello, logon) = await c.HelloAsync(major, minor);
            handshake = c.HandshakeBytes;
            await SimpleQueryAsync(c, 1L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("RETURN 1 AS n").Within();
            var record = await cursor.SingleAsync().Within();
            Assert.Equal(1, record.Get<int>("n"));
            var summary = await cursor.ConsumeAsync();
            Assert.Equal($"{major}.{minor}", summary.Server.ProtocolVersion);
            Assert.Equal("Neo4j/5.26.0", summary.Server.Agent);
        }
        await server.VerifyAsync();
        Assert.Equal(Handshake.Request.ToArray(), handshake);
        Assert.Equal(helloKeys, string.Join(',', hello!.Keys.Order(StringComparer.Ordinal)));
        Assert.False(hello.ContainsKey("routing"));
        if (major == 5 && minor >= 1)
        {
            Assert.Equal("credentials,principal,scheme", string.Join(',', logon!.Keys.Order(StringComparer.Ordinal)));
            Assert.Equal(Password, logon["credentials"]);
        }
        else
        {
            Assert.Null(logon);
            Assert.Equal(Password, hello["credentials"]);
        }
        if (hello.TryGetValue("bolt_agent", out var agent))
            Assert.Equal("actorgraph-bolt/1.0", ((IReadOnlyDictionary<string, object?>)agent!)["product"]);
    }

    [Fact]
    public async Task Auth_failure_is_an_authentication_exception_without_the_password()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.AcceptAsync(5, 4);
            await c.ExpectAsync(MessageTag.Hello);
            await c.SuccessAsync(new Dictionary<string, object?> { ["server"] = "Neo4j/5.20.0" });
            await c.ExpectAsync(MessageTag.Logon);
            await c.FailureAsync("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");
            c.Drop();
        });
        await using (var driver = Connect(server.Uri()))
        {
            var e = await Assert.ThrowsAsync<AuthenticationException>(() => driver.VerifyConnectivityAsync().Within());
            Assert.Equal("Neo.ClientError.Security.Unauthorized", e.Code);
            Assert.DoesNotContain(Password, e.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(Password, e.Message, StringComparison.Ordinal);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Failure_is_followed_by_ignored_and_reset_and_the_connection_is_reused()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 6);
            await c.ExpectRunAsync();
            await c.FailureAsync("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'");
            await c.ExpectResetAsync(ignoredBefore: 1); // the pipelined PULL is IGNORED, then RESET
            await SimpleQueryAsync(c, 2L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var e = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1").Within());
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
            Assert.Equal("CLIENT_ERROR", e.Classification);
            var record = await (await session.RunAsync("RETURN 2 AS n").Within()).SingleAsync().Within();
            Assert.Equal(2L, record["n"]);
        }
        await server.VerifyAsync();
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task Failure_after_some_records_surfaces_from_fetch()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("x");
            await c.ExpectPullAsync();
            await c.RecordAsync(1L);
            await c.RecordAsync(2L);
            await c.FailureAsync("Neo.ClientError.Statement.ArithmeticError", "/ by zero");
            await c.ExpectResetAsync();
            await SimpleQueryAsync(c, 3L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND [1, 2, 0] AS x RETURN 2 / x").Within();
            Assert.True(await cursor.FetchAsync().Within());
            Assert.True(await cursor.FetchAsync().Within());
            var e = await Assert.ThrowsAsync<ClientException>(() => cursor.FetchAsync().Within());
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", e.Code);
            Assert.False(cursor.IsOpen);
            Assert.Equal(3L, (await (await session.RunAsync("RETURN 3").Within()).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Pull_in_batches_of_the_fetch_size_while_has_more()
    {
        var pulls = new List<long>();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            var (_, _, extra) = await c.ExpectRunAsync();
            if (extra.Count != 0) throw new ScriptFailedException($"auto-commit RUN extra should be empty, was {ValueFormatter.Format(extra)}");
            await c.RunSuccessAsync("i");
            for (var i = 0; i < 5; i++)
            {
                if (i % 2 == 0) pulls.Add(await c.ExpectPullAsync());
                await c.RecordAsync((long)i);
                if (i % 2 == 1) await c.SuccessAsync(new Dictionary<string, object?> { ["has_more"] = true });
            }
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r", ["bookmark"] = "FB:bm1", ["db"] = "neo4j" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession(o => o.WithFetchSize(2));
            var cursor = await session.RunAsync("UNWIND range(0, 4) AS i RETURN i").Within();
            Assert.Equal(["i"], cursor.Keys);
            var values = await cursor.ToListAsync(r => r.Get<int>("i")).Within();
            Assert.Equal([0, 1, 2, 3, 4], values);
            Assert.Equal(Bookmarks.From("FB:bm1"), session.LastBookmarks);
            Assert.Equal("neo4j", (await cursor.ConsumeAsync()).Database);
        }
        await server.VerifyAsync();
        Assert.Equal([2L, 2L, 2L], pulls);
    }

    [Fact]
    public async Task Consume_discards_the_rest_with_discard_all()
    {
        long discardN = 0;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("i");
            await c.ExpectPullAsync();
            await c.RecordAsync(0L);
            await c.SuccessAsync(new Dictionary<string, object?> { ["has_more"] = true });
            discardN = (long)(await c.ExpectAsync(MessageTag.Discard)).Map(0)["n"]!;
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "w", ["stats"] = new Dictionary<string, object?> { ["nodes-created"] = 5L } });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession(o => o.WithFetchSize(1));
            var cursor = await session.RunAsync("UNWIND range(1, 5) AS i CREATE (:N {i: i}) RETURN i").Within();
            var summary = await cursor.ConsumeAsync().Within();
            Assert.Equal(5, summary.Counters.NodesCreated);
            Assert.True(summary.Counters.ContainsUpdates);
            Assert.Equal(QueryType.WriteOnly, summary.QueryType);
        }
        await server.VerifyAsync();
        Assert.Equal(-1, discardN);
    }

    [Fact]
    public async Task Noop_chunks_and_small_chunks_are_handled()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            c.ChunkSize = 3;
            await c.ExpectRunAsync();
            await c.NoopAsync();
            await c.RunSuccessAsync("n");
            await c.NoopAsync();
            await c.ExpectPullAsync();
            await c.NoopAsync();
            await c.NoopAsync();
            await c.RecordAsync("a longer string split over many three-byte chunks");
            await c.NoopAsync();
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var record = await (await session.RunAsync("RETURN 'x' AS n").Within()).SingleAsync().Within();
            Assert.Equal("a longer string split over many three-byte chunks", record["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_record_over_200_KB_arrives_whole_and_the_size_limit_is_enforced()
    {
        var big = string.Concat(Enumerable.Range(0, 25_000).Select(i => $"{i % 10}ÄÖÜ-{i % 7}"));
        var list = Enumerable.Range(0, 5000).Select(i => (object?)(long)i).ToList();
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.HelloAsync(5, 4);
                await c.ExpectRunAsync();
                await c.RunSuccessAsync("s", "l");
                await c.ExpectPullAsync();
                await c.RecordAsync(big, list);
                await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
                await c.ExpectCloseAsync();
            },
            async c =>
            {
                await c.HelloAsync(5, 4);
                await c.ExpectRunAsync();
                await c.RunSuccessAsync("s", "l");
                await c.ExpectPullAsync();
                await c.RecordAsync(big, list);
                await c.ExpectCloseAsync();
            });
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(big) > 200_000);
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var record = await (await session.RunAsync("RETURN $s AS s, $l AS l").Within()).SingleAsync().Within();
            Assert.Equal(big, record["s"]);
            Assert.Equal(Enumerable.Range(0, 5000).ToList(), record.Get<List<int>>("l"));
        }
        await using (var driver = Connect(server.Uri(), o => o.WithMaxMessageSize(100_000)))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("RETURN $s AS s, $l AS l").Within();
            var e = await Assert.ThrowsAsync<ProtocolException>(() => cursor.FetchAsync().Within());
            Assert.Contains("100,000", e.Message, StringComparison.Ordinal);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Telemetry_is_sent_only_when_the_server_hints_it()
    {
        long api = -1;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4, new Dictionary<string, object?>
            {
                ["server"] = "Neo4j/5.20.0",
                ["hints"] = new Dictionary<string, object?> { ["telemetry.enabled"] = true },
            });
            api = (long)(await c.ExpectAsync(MessageTag.Telemetry)).Fields[0]!;
            await c.SuccessAsync();
            await SimpleQueryAsync(c, 1L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            await (await session.RunAsync("RETURN 1").Within()).ConsumeAsync().Within();
        }
        await server.VerifyAsync();
        Assert.Equal(2, api);
    }

    [Fact]
    public async Task Auto_commit_run_sends_timeout_metadata_bookmarks_and_database_in_extra()
    {
        IReadOnlyDictionary<string, object?>? extra = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            (_, _, extra) = await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession(o => o.WithDatabase("actors").WithBookmarks(Bookmarks.From("FB:1"), Bookmarks.From("FB:2")));
            var cursor = await session.RunAsync("RETURN 1", null, t => t.WithTimeout(TimeSpan.FromMilliseconds(1500))
                .WithMetadata(new Dictionary<string, object?> { ["job"] = "load" })).Within();
            Assert.Empty(await cursor.ToListAsync().Within());
        }
        await server.VerifyAsync();
        Assert.Equal("bookmarks,db,tx_metadata,tx_timeout", string.Join(',', extra!.Keys.Order(StringComparer.Ordinal)));
        Assert.Equal(1500L, extra["tx_timeout"]);
        Assert.True(ValueEquality.Equal(new List<object?> { "FB:1", "FB:2" }, extra["bookmarks"]));
    }
}
