using ActorGraph.Bolt.Protocol;
using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Pool health: the maximum connection lifetime, the liveness check (a RESET round trip) after idle time,
/// and TCP keep-alive.</summary>
public class PoolHealthTests
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    private static async Task<long> QueryAsync(IDriver driver, long n)
    {
        await using var session = driver.AsyncSession();
        return (await (await session.RunAsync("RETURN $n AS n", new { n }).Within()).SingleAsync().Within()).Get<long>("n");
    }

    [Fact]
    public async Task A_connection_older_than_the_maximum_lifetime_is_closed_instead_of_reused()
    {
        await using var server = new ScriptedBoltServer(
            async c => { await c.HelloAsync(5, 8); await c.AnswerOneAsync(1); await c.ExpectCloseAsync(); },
            async c => { await c.HelloAsync(5, 8); await c.AnswerOneAsync(2); await c.ExpectCloseAsync(); });
        await using (var driver = Connect(server.Uri(), o => o.WithMaxConnectionLifetime(TimeSpan.FromMilliseconds(50))))
        {
            Assert.Equal(1, await QueryAsync(driver, 1));
            await Task.Delay(Pause);
            Assert.Equal(2, await QueryAsync(driver, 2));
        }
        await server.VerifyAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Fact]
    public async Task A_young_connection_is_reused_without_a_liveness_check()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.AnswerOneAsync(1);
            await c.AnswerOneAsync(2); // no RESET in between: idle for less than the threshold
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri(), o => o.WithConnectionLivenessCheckTimeout(TimeSpan.FromMinutes(1))))
        {
            Assert.Equal(1, await QueryAsync(driver, 1));
            Assert.Equal(2, await QueryAsync(driver, 2));
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_connection_idle_past_the_threshold_is_checked_with_a_reset_round_trip()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 8);
            await c.AnswerOneAsync(1);
            await c.ExpectResetAsync(); // the liveness check
            await c.AnswerOneAsync(2);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri(), o => o.WithConnectionLivenessCheckTimeout(TimeSpan.FromMilliseconds(50))))
        {
            Assert.Equal(1, await QueryAsync(driver, 1));
            await Task.Delay(Pause);
            Assert.Equal(2, await QueryAsync(driver, 2));
        }
        await server.VerifyAsync();
        Assert.Equal(1, server.ConnectionCount);
    }

    [Fact]
    public async Task A_connection_that_fails_the_liveness_check_is_replaced_without_the_caller_noticing()
    {
        await using var server = new ScriptedBoltServer(
            async c =>
            {
                await c.HelloAsync(5, 8);
                await c.AnswerOneAsync(1);
                await c.ExpectAsync(MessageTag.Reset);
                c.Drop(); // dead behind a firewall, say: the check fails
            },
            async c => { await c.HelloAsync(5, 8); await c.AnswerOneAsync(2); await c.ExpectCloseAsync(); });
        await using (var driver = Connect(server.Uri(), o => o.WithConnectionLivenessCheckTimeout(TimeSpan.FromMilliseconds(50))))
        {
            Assert.Equal(1, await QueryAsync(driver, 1));
            await Task.Delay(Pause);
            Assert.Equal(2, await QueryAsync(driver, 2));
        }
        await server.VerifyAsync();
        Assert.Equal(2, server.ConnectionCount);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sockets_have_tcp_keep_alive_unless_turned_off(bool enabled)
    {
        await using var server = new ScriptedBoltServer(c => c.ExpectCloseAsync());
        var config = new Config { SocketKeepAlive = enabled };
        var (socket, stream) = await Transport.OpenAsync(ServerAddress.Parse(server.Address), TlsMode.None, config, CancellationToken.None).Within();
        await using (stream)
        {
            Assert.Equal(enabled, (int)socket.GetSocketOption(System.Net.Sockets.SocketOptionLevel.Socket, System.Net.Sockets.SocketOptionName.KeepAlive)! != 0);
            if (enabled)
                Assert.Equal(60, (int)socket.GetSocketOption(System.Net.Sockets.SocketOptionLevel.Tcp, System.Net.Sockets.SocketOptionName.TcpKeepAliveTime)!);
        }
        await server.VerifyAsync();
    }
}
