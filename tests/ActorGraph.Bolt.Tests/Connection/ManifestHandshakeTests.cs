using ActorGraph.Bolt.Tests.Support;
using static ActorGraph.TestSupport.ScriptedDrivers;

namespace ActorGraph.Bolt.Tests.Connection;

/// <summary>Handshake manifest v1 [PROTOCOL-FACTS §1.9; Neo4j Bolt docs "handshake"]: the client offers 00 00 01 FF in
/// slot 1; a server that knows it answers 00 00 01 FF, a varint count, the version ranges and a varint capability
/// mask; the client answers with the version it picked (00 00 minor major) and the capabilities it wants (00).</summary>
public class ManifestHandshakeTests
{
    private static readonly ServerAddress Here = new("localhost", 7687);

    [Theory]
    [InlineData("00 08 08 05", 5, 8)] // 5.8 … 5.0 in one range
    [InlineData("00 00 00 06 00 08 08 05 00 00 04 04", 5, 8)] // 6.0 is not spoken: the highest spoken is 5.8
    [InlineData("00 00 04 04 00 02 06 05", 5, 6)] // order does not matter, the highest wins
    [InlineData("00 00 04 04", 4, 4)]
    [InlineData("00 04 0C 05", 5, 8)] // 5.12 … 5.8: only 5.8 is spoken
    public void Picks_the_highest_version_it_speaks(string manifest, int major, int minor) =>
        Assert.Equal(new BoltVersion(major, minor), Handshake.Choose(Hex.Parse(manifest)));

    [Theory]
    [InlineData("00 00 00 06")]
    [InlineData("00 02 03 04")]
    [InlineData("")]
    public void Finds_nothing_when_no_listed_version_is_spoken(string manifest) => Assert.Null(Handshake.Choose(Hex.Parse(manifest)));

    [Fact]
    public void The_answer_is_the_version_then_an_empty_capability_mask() =>
        Assert.Equal(Hex.Parse("00 00 08 05 00"), Handshake.Answer(new BoltVersion(5, 8)));

    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(128L, "80 01")]
    [InlineData(300L, "AC 02")]
    public void Varints_are_little_endian_base_128(long value, string bytes) =>
        Assert.Equal(Hex.Parse(bytes), ScriptedBoltConnection.Varint(value));

    [Theory]
    [InlineData(0L)]
    [InlineData(300L)] // a two-byte capability varint the client must read through
    public async Task A_manifest_server_gets_the_exact_offer_and_answer_and_then_speaks_5_8(long serverCapabilities)
    {
        byte[]? offer = null, chosen = null, capabilities = null;
        IReadOnlyDictionary<string, object?>? hello = null;
        await using var server = new ScriptedBoltServer(async c =>
        {
            (chosen, capabilities) = await c.AcceptManifestAsync([Hex.Parse("00 00 00 06"), Hex.Parse("00 08 08 05"), Hex.Parse("00 00 04 04")],
                serverCapabilities);
            offer = c.HandshakeBytes;
            hello = await c.HelloAfterHandshakeAsync(5, 8);
            await c.ExpectRunAsync();
            await c.RunSuccessAsync("n");
            await c.ExpectPullAsync();
            await c.RecordAsync(1L);
            await c.SuccessAsync(new Dictionary<string, object?> { ["type"] = "r", ["db"] = "neo4j" });
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            await using var session = driver.AsyncSession();
            Assert.Equal(1L, (await (await session.RunAsync("RETURN 1 AS n")).SingleAsync().Within())["n"]);
            Assert.Equal("5.8", (await driver.GetServerInfoAsync().Within()).ProtocolVersion);
        }
        await server.VerifyAsync();
        Assert.Equal(Hex.Parse("60 60 B0 17 00 00 01 FF 00 08 08 05 00 00 04 04 00 00 00 00"), offer);
        Assert.Equal(Hex.Parse("00 00 08 05"), chosen);
        Assert.Equal(Hex.Parse("00"), capabilities);
        Assert.True(hello!.ContainsKey("bolt_agent")); // 5.8's HELLO
    }

    [Fact]
    public async Task A_manifest_without_a_spoken_version_is_refused_with_what_it_listed()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            // The client hangs up instead of choosing: waiting for its choice ends with the closed connection.
            await Assert.ThrowsAsync<ScriptFailedException>(() => c.AcceptManifestAsync([Hex.Parse("00 00 00 06")]));
        });
        await using (var driver = Connect(server.Uri()))
        {
            var e = await Assert.ThrowsAsync<ServiceUnavailableException>(() => driver.VerifyConnectivityAsync().Within());
            Assert.Contains("6.0", e.Message, StringComparison.Ordinal);
            Assert.Contains("none of the Bolt versions", e.Message, StringComparison.Ordinal);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public async Task A_legacy_server_ignores_the_manifest_slot_and_picks_from_the_others()
    {
        await using var server = new ScriptedBoltServer(async c =>
        {
            await c.HelloAsync(5, 4);
            await c.ExpectCloseAsync();
        });
        await using (var driver = Connect(server.Uri()))
        {
            Assert.Equal("5.4", (await driver.GetServerInfoAsync().Within()).ProtocolVersion);
        }
        await server.VerifyAsync();
    }

    [Fact]
    public void Interpret_still_reads_a_legacy_reply() => Assert.Equal(new BoltVersion(5, 8), Handshake.Interpret(Hex.Parse("00 00 08 05"), Here));
}
