using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Transactions, retries, lost connections and the pool, against scripted single-server exchanges.</summary>
public class TransactionAndPoolScenarioTests
{
    private static async Task SimpleQueryAsync(ScriptedBoltConnection c, object? value, IReadOnlyDictionary<string, object?>? summary = null)
    {
        await c.ExpectRunAsync();
        await c.RunSuccessAsync("n");
        await c.ExpectPullAsync();
        await c.RecordAsync(value);
        await c.SuccessAsync(summary ?? new Dictionary<string, object?> { ["type"] = "r" });
    }

    [Fact]
    public async Task Transient_error_is_retried_by_a_managed_transaction()
    {
        IReadOnlyDictionary<string, object?>? runExtra = null, beginExtra = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectAsync(MessageTag.Begin);
            await c.SuccessAsync();
            await c.ExpectRunAsync();
            await c.FailureAsync("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
            await c.ExpectResetAsync(ignoredBefore: 1);
            beginExtra = (await c.ExpectAsync(MessageTag.Begin)).Map(0);
            await c.SuccessAsync();
            (_, _, runExtra) = await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.RecordAsync(7L);
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "w" });
            await c.ExpectAsync(MessageTag.Commit);
            await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "FB:bm2" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession(o => o.WithDatabase("actors").WithBookmarks(Bookmarks.From("FB:bm0")));
            var attempts = 0;
            var result = await session.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                var cursor = await tx.RunAsync("CREATE (n) RETURN 7 AS n");
                return (await cursor.SingleAsync()).Get<long>("n");
            }).Within();
            Assert.Equal(7, result);
            Assert.Equal(2, attempts);
            Assert.Equal(Bookmarks.From("FB:bm2"), session.LastBookmarks);
        }
        await server.VerifyAsync();
        Assert.Empty(runExtra!); // inside a transaction RUN's extra is {}
        Assert.Equal("actors", beginExtra!["db"]);
        Assert.False(beginExtra.ContainsKey("mode")); // write is the default and never sent
        Assert.True(ValueEquality.Equal(new List<object?> { "FB:bm0" }, beginExtra["bookmarks"]));
    }

    [Fact]
    public async Task Retries_stop_after_the_maximum_retry_time_with_the_last_error()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            while (true)
            {
                try
                {
                    await c.ExpectAsync(MessageTag.Begin);
                }
                catch (ScriptFailedException)
                {
                    return; // the client closed the connection
                }
                await c.FailureAsync("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "no memory");
                await c.ExpectResetAsync();
            }
        });
        await using (var driver = Connect(server.Uri(), o => o.WithMaxTransactionRetryTime(TimeSpan.FromMilliseconds(100))))
        {
            await using var session = driver.AsyncSession();
            var e = await Assert.ThrowsAsync<TransientException>(() => session.ExecuteWriteAsync(_ => Task.CompletedTask).Within());
            Assert.Equal("Neo.TransientError.General.MemoryPoolOutOfMemoryError", e.Code);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Dropped_connection_mid_result_is_a_typed_error_and_the_pool_recovers()
    {
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.HelloAsync(5, 4);
                await c.ExpectRunAsync();
                await c.RunSuccessAsync("n");
                await c.ExpectPullAsync();
                await c.RecordAsync(1L);
                await c.RecordAsync(2L);
                c.Drop();
            },
            async c =>
            {
                await c.HelloAsync(5, 4);
                await SimpleQueryAsync(c, 3L);
                await c.ExpectCloseAsync();
            });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND range(1, 1000000) AS n RETURN n").Within();
            Assert.True(await cursor.FetchAsync().Within());
            Assert.True(await cursor.FetchAsync().Within());
            var e = await Assert.ThrowsAsync<ServiceUnavailableException>(() => cursor.FetchAsync().Within());
            Assert.True(e.IsRetriable);
            var record = await (await session.RunAsync("RETURN 3 AS n").Within()).SingleAsync().Within();
            Assert.Equal(3L, record["n"]);
        }
        await server.VerifyAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task An_idle_connection_closed_by_the_server_is_discarded()
    {
        var dropped = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.HelloAsync(5, 2);
                await SimpleQueryAsync(c, 1L);
                c.Drop();
                dropped.SetResult();
            },
            async c =>
            {
                await c.HelloAsync(5, 2);
                await SimpleQueryAsync(c, 2L);
                await c.ExpectCloseAsync();
            });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1").Within()).SingleAsync().Within())["n"]);
            await dropped.Task.Within();
            await LoopbackTcp.WaitUntilClosedByPeerAsync(server.ClientPorts[0]); // the FIN has reached the client's socket
            Assert.Equal(2L, (await (await session.RunAsync("RETURN 2").Within()).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task Explicit_transaction_sends_config_in_begin_and_commits()
    {
        IReadOnlyDictionary<string, object?>? begin = null;
        IReadOnlyDictionary<string, object?>? parameters = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            begin = (await c.ExpectAsync(MessageTag.Begin)).Map(0);
            await c.SuccessAsync();
            (_, parameters, _) = await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.RecordAsync(1L);
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
            await c.ExpectAsync(MessageTag.Commit);
            await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "FB:tx" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read).WithDatabase("actors"));
            await using var tx = await session.BeginTransactionAsync(t => t.WithTimeout(TimeSpan.FromSeconds(3))
                .WithMetadata(new Dictionary<string, object?> { ["app"] = "test" })).Within();
            var n = (await (await tx.RunAsync("MATCH (a:Actor {id: $id}) RETURN count(a) AS n", new { id = "un", when = new DateOnly(2024, 1, 17) })).SingleAsync())["n"];
            Assert.Equal(1L, n);
            await tx.CommitAsync().Within();
            Assert.Equal(Bookmarks.From("FB:tx"), session.LastBookmarks);
            await Assert.ThrowsAsync<ClientException>(() => tx.RunAsync("RETURN 1"));
        }
        await server.VerifyAsync();
        Assert.Equal("actors", begin!["db"]);
        Assert.Equal("r", begin["mode"]);
        Assert.Equal(3000L, begin["tx_timeout"]);
        Assert.True(ValueEquality.Equal(new Dictionary<string, object?> { ["app"] = "test" }, begin["tx_metadata"]));
        Assert.Equal("un", parameters!["id"]);
        Assert.Equal(new LocalDate(19739), parameters["when"]);
    }

    [Fact]
    public async Task Pool_acquisition_times_out_when_every_connection_is_busy()
    {
        var release = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await release.Task;
            await c.RecordAsync(1L);
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri(), o => o.WithMaxConnectionPoolSize(1).WithConnectionAcquisitionTimeout(TimeSpan.FromMilliseconds(200))))
        {
            await using var first = driver.AsyncSession();
            var cursor = await first.RunAsync("RETURN 1").Within();
            await using var second = driver.AsyncSession();
            var e = await Assert.ThrowsAsync<ClientException>(() => second.RunAsync("RETURN 2").Within());
            Assert.Contains("became free", e.Message, StringComparison.Ordinal);
            release.SetResult();
            Assert.Single(await cursor.ToListAsync().Within());
        }
        await server.VerifyAsync();
    }
}
