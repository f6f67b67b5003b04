using System.Diagnostics;
using System.Globalization;
using ActorGraph.Bolt.Internal;
using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using Xunit.Abstractions;

namespace ActorGraph.Bolt.Tests.Soak;

[CollectionDefinition(nameof(PoolSoakTests), DisableParallelization = true)]
public sealed class SoakCollection;

/// <summary>
/// A bounded loopback soak of the pool: many concurrent sessions run managed read transactions against a scripted
/// server that drops one connection in ten mid-query; connections live one second, so the pool keeps replacing them. At the end no work has failed (the drops were retried), no
/// connection is in use or idle, every connection opened was closed (the server saw every socket end), and the
/// process holds no more sockets than before. CI runs 10 s; set ACTORGRAPH_BOLT_SOAK_SECONDS=60 for the long run
/// (figures in docs/benchmarks.md). Runs alone (no parallel tests) so that the socket count means something.
/// </summary>
[Collection(nameof(PoolSoakTests))]
public class PoolSoakTests(ITestOutputHelper output)
{
    private const int Workers = 48;
    private const int PoolSize = 16;

    private static TimeSpan Duration =>
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("ACTORGRAPH_BOLT_SOAK_SECONDS"), CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 10);

    // One connection in ten (the 10th, 20th ...) is dropped in the middle of its fourth query.
    private static Func<ScriptedBoltConnection, Task> Script(int index, Counters counters) => async c =>
    {
        await c.HelloAsync(5, 8);
        var drop = index % 10 == 9;
        var queries = 0;
        while (true)
        {
            ClientMessage m;
            try
            {
                m = await c.ReceiveAsync();
            }
            catch (ScriptFailedException)
            {
                return; // the client closed the connection
            }
            switch (m.Tag)
            {
                case MessageTag.Run when drop && ++queries == 4:
                    Interlocked.Increment(ref counters.Dropped);
                    c.Drop();
                    return;
                case MessageTag.Run:
                    await c.RunSuccessAsync("n");
                    break;
                case MessageTag.Pull:
                    await c.RecordAsync((long)index);
                    await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r" });
                    break;
                case MessageTag.Commit:
                    await c.SuccessAsync(new Dictionary<string, object?> { ["bookmark"] = "FB:soak" });
                    break;
                case MessageTag.Begin or MessageTag.Reset or MessageTag.Rollback:
                    await c.SuccessAsync();
                    break;
                case MessageTag.Goodbye:
                    break;
                default:
                    throw new ScriptFailedException($"Unexpected {m} in the soak.");
            }
        }
    };

    private sealed class Counters
    {
        public int Dropped;
    }

    [Fact]
    public async Task Concurrent_sessions_against_a_server_that_drops_one_connection_in_ten_leak_nothing()
    {
        var socketsBefore = OpenSockets();
        var counters = new Counters();
        var duration = Duration;
        long done = 0, failed = 0;
        var latencies = new List<double>[Workers];
        ConnectionPool pool;
        var server = new ScriptedBoltServer { ScriptFor = i => Script(i, counters), StepTimeout = duration + TimeSpan.FromSeconds(30) };
        await using (server)
        {
            var driver = (Driver)ScriptedDrivers.Connect(server.Uri(), o => o.WithMaxConnectionPoolSize(PoolSize)
                .WithMaxTransactionRetryTime(TimeSpan.FromSeconds(10)).WithConnectionAcquisitionTimeout(TimeSpan.FromSeconds(30))
                // Connections live one second, so that the pool keeps opening new ones and the server keeps dropping some.
                .WithMaxConnectionLifetime(TimeSpan.FromSeconds(1)));
            await using (driver)
            {
                var clock = Stopwatch.StartNew();
                var workers = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
                {
                    var mine = latencies[w] = [];
                    while (clock.Elapsed < duration)
                    {
                        var started = Stopwatch.GetTimestamp();
                        try
                        {
                            await using var session = driver.AsyncSession(o => o.WithDefaultAccessMode(AccessMode.Read));
                            await session.ExecuteReadAsync(async tx => (await (await tx.RunAsync("RETURN $w AS n", new { w })).SingleAsync()).Get<long>("n"));
                            Interlocked.Increment(ref done);
                        }
                        catch (Neo4jException e)
                        {
                            Interlocked.Increment(ref failed);
                            output.WriteLine($"worker {w}: {e}");
                        }
                        mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                })).ToArray();
                await Task.WhenAll(workers).WaitAsync(duration + TimeSpan.FromSeconds(60));
                Assert.All(workers, t => Assert.True(t.IsCompletedSuccessfully));
                pool = Assert.Single(driver.Provider.Pools.All);
                Assert.Equal(0, pool.InUseCount); // every session gave its connection back
            }
            Assert.Equal(0, pool.IdleCount);
            Assert.Equal(pool.Opened, pool.Closed); // every connection opened was closed
            await server.VerifyAsync(allScriptsUsed: false, timeout: TimeSpan.FromSeconds(30)); // every server side saw its socket end
            Assert.All(server.Running, t => Assert.True(t.IsCompletedSuccessfully));
        }
        var sorted = latencies.SelectMany(l => l).Order().ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"soak {duration.TotalSeconds:0} s, {Workers} workers, pool {PoolSize}: {done} transactions ({done / duration.TotalSeconds:0}/s), " +
            $"{failed} failed, {server.ConnectionCount} connections opened, {counters.Dropped} dropped by the server, " +
            $"latency p50 {sorted[sorted.Length / 2]:0.0} ms, p99 {sorted[(int)(sorted.Length * 0.99)]:0.0} ms, max {sorted[^1]:0.0} ms; " +
            $"sockets before {socketsBefore}, after {OpenSockets()}"));
        Assert.Equal(0, failed);
        Assert.True(counters.Dropped > 0, "the server dropped no connection: the soak did not exercise recovery");
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.True(OpenSockets() <= socketsBefore, $"sockets before {socketsBefore}, after {OpenSockets()}");
    }

    // Sockets the process holds (Linux: /proc/self/fd links to "socket:[…]"); -1 elsewhere, which passes trivially.
    private static int OpenSockets()
    {
        if (!Directory.Exists("/proc/self/fd")) return -1;
        var count = 0;
        foreach (var fd in Directory.EnumerateFiles("/proc/self/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true) count++;
            }
            catch (IOException)
            {
                // The descriptor closed while listing.
            }
        }
        return count;
    }
}
