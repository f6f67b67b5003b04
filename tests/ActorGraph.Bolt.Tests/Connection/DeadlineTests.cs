using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Every wait has a bound: the read timeout, the connection timeout, and cancellation tokens on every async
/// call; a cancelled or timed-out connection is closed, never handed out again.</summary>
public class DeadlineTests
{
    // A server that authenticates, then never answers: the script waits until the client goes away. A client that
    // gives up sooner (its read timeout can pass while a cold process is still compiling the handshake) ends the
    // script early; the test's own assertions on the timeout it raises still apply.
    private static async Task SilentAfterHelloAsync(ScriptedBoltConnection c)
    {
        try
        {
            await c.HelloAsync(5, 8);
            await c.ExpectRunAsync();
            await c.ExpectPullAsync();
            await c.ExpectCloseAsync();
        }
        catch (ScriptFailedException)
        {
        }
    }

    [Fact]
    public async Task A_server_that_goes_silent_after_logon_raises_a_read_timeout_and_the_connection_is_closed()
    {
        await using var server = new ScriptedBoltServer(SilentAfterHelloAsync, async c =>
        {
            await c.HelloAsync(5, 8);
            await c.AnswerOneAsync(2L);
            await c.ExpectCloseAsync();
        });
        // 5 s: long enough that the healthy exchanges (HELLO, the second query) never hit it on a busy machine, where
        // a half-second timeout failed one run in many.
        await using (var driver = Connect(server.Uri(), o => o.WithReadTimeout(TimeSpan.FromSeconds(5)).WithMaxConnectionPoolSize(1)))
        {
            await using var session = driver.AsyncSession();
            var e = await Assert.ThrowsAsync<ConnectionReadTimeoutException>(() => session.RunAsync("RETURN 1 AS n").Within());
            Assert.True(e.IsRetriable);
            Assert.Contains(server.Address, e.Message, StringComparison.Ordinal);
            Assert.Contains("sent nothing for 5 s", e.Message, StringComparison.Ordinal);
            // The timed-out connection was closed; the only slot of the pool is free for a new one.
            Assert.Equal(2L, (await (await session.RunAsync("RETURN 2 AS n")).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_server_that_never_answers_the_handshake_fails_within_the_connection_timeout()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.ExpectCloseAsync(); // reads the handshake bytes as garbage until the client gives up
        });
        await using var driver = Connect(server.Uri(), o => o.WithConnectionTimeout(TimeSpan.FromMilliseconds(400)));
        var e = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync().Within());
        Assert.Contains("connection timeout of 0.4 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_a_run_closes_its_connection_and_frees_the_pool_slot()
    {
        var running = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectRunAsync();
            running.SetResult(); // cancel only now: a timer could fire before the connection exists on a busy machine
            try
            {
                await c.ExpectPullAsync();
                await c.ExpectCloseAsync();
            }
            catch (ScriptFailedException)
            {
            }
        }, async c =>
        {
            await c.HelloAsync(5, 8);
            await c.AnswerOneAsync(3L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri(), o => o.WithMaxConnectionPoolSize(1)))
        {
            await using var session = driver.AsyncSession();
            using var cts = new CancellationTokenSource();
            var run = session.RunAsync("RETURN 1 AS n", null, cts.Token);
            await running.Task.Within();
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.Within());
            Assert.Equal(3L, (await (await session.RunAsync("RETURN 3 AS n")).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Cancelling_a_fetch_mid_stream_closes_the_connection_and_the_result_is_then_unusable()
    {
        var release = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.RecordAsync(1L);
            await c.ExpectCloseAsync(); // the second record never comes; the client hangs up
        }, async c =>
        {
            await c.HelloAsync(5, 8);
            await c.AnswerOneAsync(4L);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri(), o => o.WithMaxConnectionPoolSize(1)))
        {
            await using var session = driver.AsyncSession();
            var cursor = await session.RunAsync("UNWIND range(1, 2) AS n RETURN n").Within();
            Assert.True(await cursor.FetchAsync().Within());
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cursor.FetchAsync(cts.Token).Within());
            await Assert.ThrowsAsync<ResultConsumedException>(() => cursor.FetchAsync().Within());
            Assert.Equal(4L, (await (await session.RunAsync("RETURN 4 AS n")).SingleAsync().Within())["n"]);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task Cancelling_a_managed_transaction_stops_its_retries()
    {
        var begins = 0;
        var retried = new TaskCompletionSource();
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            // The token may end the retries at any point of an attempt, also between the FAILURE and the RESET that
            // would follow it: the client then closes the connection, which ends the script wherever it waits.
            try
            {
                while (true)
                {
                    await c.ExpectAsync(MessageTag.Begin);
                    if (Interlocked.Increment(ref begins) == 2) retried.SetResult();
                    await c.FailureAsync("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
                    await c.ExpectResetAsync();
                }
            }
            catch (ScriptFailedException)
            {
            }
        });
        await using (var driver = Connect(server.Uri(), o => o.WithMaxTransactionRetryTime(TimeSpan.FromMinutes(5))
                         .WithTransactionRetryInitialDelay(TimeSpan.FromMilliseconds(50))))
        {
            await using var session = driver.AsyncSession();
            using var cts = new CancellationTokenSource();
            var work = session.ExecuteWriteAsync(tx => tx.RunAsync("CREATE ()"), null, cts.Token);
            await retried.Task.Within(); // the first retry has reached the server: now cancel
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work.Within());
        }
        await server.VerifyAsync();
        // The retry that was under way when the token fired may still reach the server; none after it.
        Assert.InRange(begins, 2, 3);
    }

    [Fact]
    public async Task Closing_a_session_with_a_cancelled_token_closes_the_connection_instead_of_draining_it()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.SuccessAsync(new Dictionary<string, object?> { ["has_more"] = true });
            await c.ExpectCloseAsync(); // the client does not DISCARD: it hangs up
        });
        await using (var driver = Connect(server.Uri()))
        {
            var session = driver.AsyncSession();
            await session.RunAsync("UNWIND range(1, 5000) AS n RETURN n").Within();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => session.CloseAsync(new CancellationToken(canceled: true)).Within());
        }
        await server.VerifyAsync();
    }
}
