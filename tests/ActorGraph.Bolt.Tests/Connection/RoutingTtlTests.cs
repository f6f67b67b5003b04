using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>The routing table's time to live, with a clock the test moves.</summary>
public class RoutingTtlTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public async Task The_table_is_fetched_again_after_its_ttl()
    {
        await using var router = new ScriptedBoltServer();
        var routes = 0;
        router.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            for (var i = 0; i < 2; i++)
            {
                await c.ExpectAsync(MessageTag.Route);
                routes++;
                await c.SuccessAsync(new Dictionary<string, object?>
                {
                    ["rt"] = new Dictionary<string, object?>
                    {
                        ["ttl"] = 10L,
                        ["db"] = "neo4j",
                        ["servers"] = new List<object?>
                        {
                            new Dictionary<string, object?> { ["addresses"] = new List<object?> { router.Address }, ["role"] = "ROUTE" },
                            new Dictionary<string, object?> { ["addresses"] = new List<object?> { router.Address }, ["role"] = "READ" },
                        },
                    },
                });
            }
            await c.ExpectCloseAsync();
        });
        var clock = new ManualClock();
        var uri = BoltUri.Parse(new Uri(router.Uri("neo4j")));
        var config = new Config { ConnectionTimeout = TimeSpan.FromSeconds(5) };
        var auth = (AuthToken)AuthTokens.None;
        var pools = new PoolSet(config, (a, token, ct) => BoltConnection.OpenAsync(a, TlsMode.None, token, config, uri.RoutingContext, ct));
        await using (var provider = new RoutingConnectionProvider(uri, pools, auth, config, clock))
        {
            async Task UseOnce()
            {
                var connection = await provider.AcquireAsync(new ConnectionRequest(AccessMode.Read, null, null, Bookmarks.Empty, auth)).WaitAsync(ScriptedDrivers.Timeout);
                await connection.Pool!.ReleaseAsync(connection);
            }
            await UseOnce();
            clock.Now = clock.Now.AddSeconds(9);
            await UseOnce();
            Assert.Equal(1, routes);
            clock.Now = clock.Now.AddSeconds(2);
            await UseOnce();
            Assert.Equal(2, routes);
        }
        await router.VerifyAsync();
    }
}
