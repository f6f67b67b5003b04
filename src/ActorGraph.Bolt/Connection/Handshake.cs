using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt;

/// <summary>
/// The version handshake [§1]: magic 60 60 B0 17, then four 4-byte slots [00][range][minor][major].
/// This client offers 5.8 down to 5.0 in one slot (00 08 08 05) and 4.4 in the next (00 00 04 04).
/// It does not offer the manifest pseudo-version 00 00 01 FF, whose different reply it would have to parse.
/// The server answers 00 00 [minor] [major], or zeros for no common version.
/// </summary>
internal static class Handshake
{
    /// <summary>The 20 bytes the client sends.</summary>
    public static ReadOnlySpan<byte> Request =>
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    public static async Task<BoltVersion> NegotiateAsync(Stream stream, ChunkReader reader, ServerAddress address, CancellationToken ct)
    {
        var writer = new ChunkWriter();
        writer.WriteRaw(Request);
        await writer.FlushAsync(stream, ct);
        var reply = new byte[4];
        await reader.ReadRawAsync(reply, ct);
        return Interpret(reply, address);
    }

    public static BoltVersion Interpret(ReadOnlySpan<byte> reply, ServerAddress address)
    {
        if (reply.SequenceEqual("HTTP"u8))
            throw new ServiceUnavailableException($"{address} answered with HTTP: that is Neo4j's HTTP port (usually 7474), not Bolt (usually {BoltProtocol.DefaultPort}).");
        if (reply.SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0]))
            throw new ServiceUnavailableException($"{address} speaks none of the Bolt versions this client offers (5.0 to 5.8, 4.4).");
        var version = new BoltVersion(reply[3], reply[2]);
        var offered = (version.Major == 5 && version.Minor <= 8) || version == BoltVersion.V4_4;
        if (reply[0] != 0 || reply[1] != 0 || !offered)
            throw new ProtocolException($"{address} chose Bolt {version}, which this client did not offer.");
        return version;
    }
}
