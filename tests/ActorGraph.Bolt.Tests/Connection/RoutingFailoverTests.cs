using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Routing: imp_user in ROUTE, one table per (database, impersonated user) including the home database, and
/// failover to the next router when one answers ROUTE with a FAILURE.</summary>
public class RoutingFailoverTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private static readonly AuthToken Auth = (AuthToken)AuthTokens.Basic(ScriptedDrivers.User, ScriptedDrivers.Password);

    private static Dictionary<string, object?> Table(string? db, string[] routers, string[] readers) => new()
    {
        ["rt"] = new Dictionary<string, object?>
        {
            ["ttl"] = 10L,
            ["db"] = db,
            ["servers"] = new List<object?>
            {
                new Dictionary<string, object?> { ["addresses"] = routers.Cast<object?>().ToList(), ["role"] = "ROUTE" },
                new Dictionary<string, object?> { ["addresses"] = readers.Cast<object?>().ToList(), ["role"] = "READ" },
            },
        },
    };

    private static RoutingConnectionProvider Provider(ScriptedBoltServer seed, TimeProvider clock)
    {
        var uri = BoltUri.Parse(new Uri(seed.Uri("neo4j")));
        var config = new Config { ConnectionTimeout = TimeSpan.FromSeconds(5) };
        var pools = new PoolSet(config, (a, token, ct) => BoltConnection.OpenAsync(a, TlsMode.None, token, config, uri.RoutingContext, ct));
        return new RoutingConnectionProvider(uri, pools, Auth, config, clock);
    }

    private static async Task UseOnceAsync(RoutingConnectionProvider provider, string? database, string? user)
    {
        var connection = await provider.AcquireAsync(new ConnectionRequest(AccessMode.Read, database, user, Bookmarks.Empty, Auth))
            .WaitAsync(ScriptedDrivers.Timeout);
        await connection.Pool!.ReleaseAsync(connection);
    }

    [Fact]
    public async Task Route_sends_imp_user_and_tables_are_kept_per_impersonated_user_for_the_home_database()
    {
        await using var router = new ScriptedBoltServer();
        var extras = new List<IReadOnlyDictionary<string, object?>>();
        router.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            for (var i = 0; i < 2; i++)
            {
                extras.Add((await c.ExpectAsync(MessageTag.Route)).Map(2));
                await c.SuccessAsync(Table(i == 0 ? "alices-db" : "neo4j", [router.Address], [router.Address]));
            }
            await c.ExpectCloseAsync();
        });
        await using (var provider = Provider(router, new ManualClock()))
        {
            await UseOnceAsync(provider, null, "alice");
            await UseOnceAsync(provider, null, null); // the caller's home database is not alice's: a table of its own
            await UseOnceAsync(provider, null, "alice"); // cached
            await UseOnceAsync(provider, null, null); // cached
        }
        await router.VerifyAsync();
        Assert.Equal(2, extras.Count);
        Assert.Equal("alice", extras[0]["imp_user"]);
        Assert.False(extras[0].ContainsKey("db"));
        Assert.Empty(extras[1]);
    }

    [Fact]
    public void Route_with_a_database_and_an_impersonated_user_has_both_keys_in_its_extra()
    {
        var writer = new ActorGraph.Bolt.IO.PackStreamWriter();
        new ActorGraph.Bolt.Messages.RouteMessage(new Dictionary<string, object?>(), [], "actors", "alice").Write(writer);
        // B3 66 {} [] {db: "actors", imp_user: "alice"}
        Assert.Equal(Hex.Parse("B3 66 A0 90 A2 82 64 62 86 61 63 74 6F 72 73 88 69 6D 70 5F 75 73 65 72 85 61 6C 69 63 65"), writer.ToArray());
    }

    [Fact]
    public async Task A_router_that_answers_route_with_a_failure_is_followed_by_the_next_router()
    {
        await using var first = new ScriptedBoltServer();
        await using var second = new ScriptedBoltServer();
        first.AddScript(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectAsync(MessageTag.Route);
            await c.SuccessAsync(Table("neo4j", [first.Address, second.Address], [second.Address]));
            await c.ExpectAsync(MessageTag.Route); // after the ttl
            await c.FailureAsync("Neo.TransientError.General.DatabaseUnavailable", "The database is restarting.");
            await c.ExpectResetAsync();
            await c.ExpectCloseAsync();
        });
        var secondRoutes = 0;
        second.AddScript(async c =>
        {
            await c.HelloAsync(5, 8); // opened as the reader, then asked for the table too
            await c.ExpectAsync(MessageTag.Route);
            secondRoutes++;
            await c.SuccessAsync(Table("neo4j", [first.Address, second.Address], [second.Address]));
            await c.ExpectCloseAsync();
        });
        var clock = new ManualClock();
        await using (var provider = Provider(first, clock))
        {
            await UseOnceAsync(provider, null, null);
            clock.Now = clock.Now.AddSeconds(11);
            await UseOnceAsync(provider, null, null);
        }
        await first.VerifyAsync();
        await second.VerifyAsync();
        Assert.Equal(1, secondRoutes);
    }

    [Fact]
    public async Task An_unknown_database_on_route_is_a_fatal_discovery_error_not_tried_elsewhere()
    {
        await using var router = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.ExpectAsync(MessageTag.Route);
            await c.FailureAsync("Neo.ClientError.Database.DatabaseNotFound", "Database does not exist: nope.");
            await c.ExpectResetAsync();
            await c.ExpectCloseAsync();
        });
        await using (var provider = Provider(router, new ManualClock()))
        {
            var e = await Assert.ThrowsAsync<FatalDiscoveryException>(() => UseOnceAsync(provider, "nope", null));
            Assert.False(e.IsRetriable);
        }
        await router.VerifyAsync();
    }
}
