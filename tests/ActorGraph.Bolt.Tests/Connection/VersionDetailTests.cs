using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Per-version details: 4.4 date-times with and without the utc patch, 5.7 GQL errors, security failures.</summary>
public class VersionDetailTests
{
    private static readonly ZonedDateTime Instant = new(1705325400, 0, -18000, null);

    [Theory]
    [InlineData(false, "B3 46 CA 65 A4 ED 08 00 C9 B9 B0")]
    [InlineData(true, "B3 49 CA 65 A5 33 58 00 C9 B9 B0")]
    public async Task Bolt_4_4_uses_legacy_date_times_unless_the_server_accepts_the_utc_patch(bool patched, string wire)
    {
        byte[] run = [];
        await using var server = new ScriptedBoltServer(async c =>
        {
            var hello = new Dictionary<string, object?> { ["server"] = "Neo4j/4.4.30" };
            if (patched) hello["patch_bolt"] = new List<object?> { "utc" };
            await c.HelloAsync(4, 4, hello);
            await c.ExpectRunAsync();
            run = c.LastMessageBytes;
            await c.RunSuccessAsync("t");
            await c.ExpectPullAsync();
            c.LegacyDateTimes = !patched;
            await c.RecordAsync(Instant);
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var record = await (await session.RunAsync("RETURN $t AS t", new { t = Instant }).Within()).SingleAsync().Within();
            Assert.Equal(Instant, record["t"]);
            Assert.Equal(DateTimeOffset.Parse("2024-01-15T08:30:00-05:00", System.Globalization.CultureInfo.InvariantCulture), record.Get<DateTimeOffset>("t"));
        }
        await server.VerifyAsync();
        Assert.Contains(wire.Replace(" ", "", StringComparison.Ordinal), Convert.ToHexString(run), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bolt_5_7_failure_carries_gql_fields()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 7);
            await c.ExpectRunAsync();
            await c.FailureAsync(new Dictionary<string, object?>
            {
                ["neo4j_code"] = "Neo.ClientError.Statement.SyntaxError",
                ["message"] = "Invalid input 'RETRUN'",
                ["gql_status"] = "42001",
                ["description"] = "error: syntax error or access rule violation - invalid syntax",
                ["diagnostic_record"] = new Dictionary<string, object?> { ["_classification"] = "CLIENT_ERROR" },
            });
            await c.ExpectResetAsync(ignoredBefore: 1);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var e = await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("RETRUN 1").Within());
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
            Assert.Equal("42001", e.GqlStatus);
            Assert.Equal("CLIENT_ERROR", e.Classification);
            Assert.StartsWith("error: syntax error", e.Description, StringComparison.Ordinal);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Authorization_expired_before_5_1_replaces_the_connection_and_is_retried()
    {
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.HelloAsync(5, 0);
                await c.ExpectAsync(MessageTag.Begin);
                await c.FailureAsync("Neo.ClientError.Security.AuthorizationExpired", "Authorization info expired.");
                await c.ExpectCloseAsync(); // no RESET: without LOGOFF/LOGON the connection is dropped
            },
            async c =>
            {
                await c.HelloAsync(5, 0);
                await ReadOneInTransactionAsync(c);
                await c.ExpectCloseAsync();
            });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var n = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("RETURN 5 AS n")).SingleAsync()).Get<int>("n")).Within();
            Assert.Equal(5, n);
        }
        await server.VerifyAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task Authorization_expired_from_5_1_logs_on_again_with_logoff_logon_on_the_same_connection()
    {
        IReadOnlyDictionary<string, object?>? relogon = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(MessageTag.Begin);
            await c.FailureAsync("Neo.ClientError.Security.AuthorizationExpired", "Authorization info expired.");
            await c.ExpectResetAsync();
            await c.ExpectAsync(MessageTag.Logoff);
            await c.SuccessAsync();
            relogon = (await c.ExpectAsync(MessageTag.Logon)).Map(0);
            await c.SuccessAsync();
            await ReadOneInTransactionAsync(c);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var n = await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("RETURN 5 AS n")).SingleAsync()).Get<int>("n")).Within();
            Assert.Equal(5, n);
        }
        await server.VerifyAsync();
        Assert.Equal(1, server.ConnectionCount);
        Assert.Equal(ScriptedDrivers.User, relogon!["principal"]);
    }

    [Fact]
    public async Task A_security_failure_discards_the_connection()
    {
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.HelloAsync(5, 4);
                await c.ExpectRunAsync();
                await c.FailureAsync("Neo.ClientError.Security.Forbidden", "Not allowed.");
                await c.ExpectPullAsync();
                await c.IgnoredAsync();
                await c.ExpectCloseAsync(); // no RESET: the connection's authentication is not trusted again
            },
            async c =>
            {
                await c.HelloAsync(5, 4);
                await c.ExpectRunAsync();
                await c.RunSuccessAsync("n");
                await c.ExpectPullAsync();
                await c.RecordAsync(1L);
                await c.SuccessAsync();
                await c.ExpectCloseAsync();
            });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            await Assert.ThrowsAsync<ClientException>(() => session.RunAsync("CREATE ()").Within());
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS n")).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    private static async Task ReadOneInTransactionAsync(ScriptedBoltConnection c)
    {
        await c.ExpectAsync(MessageTag.Begin);
        await c.SuccessAsync();
        await c.ExpectRunAsync();
        await c.RunSuccessAsync("n");
        await c.ExpectPullAsync();
        await c.RecordAsync(5L);
        await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
        await c.ExpectAsync(MessageTag.Commit);
        await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "FB:5" });
    }

    [Fact]
    public async Task The_receive_timeout_hint_is_kept_alive_by_noops_and_ends_a_silent_connection()
    {
        var done = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4, new Dictionary<string, object?>
            {
                ["server"] = "Neo4j/5.20.0",
                ["hints"] = new Dictionary<string, object?> { ["connection.recv_timeout_seconds"] = 5L },
            });
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            // 6 s in all, longer than the 5 s timeout, kept alive by a NOOP every 0.2 s: a busy machine would have to hold
            // the script back 25 times the gap to fail it (a 2 s timeout left a margin of 10).
            for (var i = 0; i < 30; i++)
            {
                await Task.Delay(200);
                await c.NoopAsync();
            }
            await c.RecordAsync(1L);
            await done.Task; // then silence
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("CALL slow()").Within();
            Assert.True(await cursor.FetchAsync().Within());
            var e = await Assert.ThrowsAsync<ConnectionReadTimeoutException>(() => cursor.FetchAsync().Within());
            Assert.Contains("sent nothing for 5 s", e.Message, StringComparison.Ordinal);
            done.SetResult();
        }
        await server.VerifyAsync();
    }
}
