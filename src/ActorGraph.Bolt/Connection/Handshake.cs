using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Protocol;

namespace ActorGraph.Bolt;

/// <summary>
/// The version handshake [§1; Neo4j Bolt docs "handshake"]. The client sends the magic 60 60 B0 17 and four 4-byte
/// slots [00][range][minor][major]:
/// <code>
/// 60 60 B0 17   00 00 01 FF   00 08 08 05   00 00 04 04   00 00 00 00
/// magic         manifest v1   5.8 … 5.0     4.4           unused
/// </code>
/// A server that does not know the manifest pseudo-version ignores slot 1 and answers (legacy) 00 00 [minor] [major],
/// or zeros for no common version. A server that knows it answers the manifest [§1.9]:
/// <code>
/// 00 00 01 FF   varint N   N × [00][range][minor][major]   varint capabilities
/// </code>
/// and the client then picks the highest listed version it speaks and sends it as 00 00 [minor] [major], followed by
/// the varint of the capabilities it wants: 00, since Bolt defines none a client must ask for yet. Varints are
/// little-endian base-128 (7 bits a byte, high bit set when more bytes follow).
/// </summary>
internal static class Handshake
{
    // Bounds on what a server may send: a manifest longer than this, or a varint longer than 10 bytes, is malformed.
    private const int MaxManifestEntries = 64;
    private const int MaxVarintBytes = 10;

    /// <summary>The 20 bytes the client sends.</summary>
    public static ReadOnlySpan<byte> Request =>
    [
        0x60, 0x60, 0xB0, 0x17,
        0x00, 0x00, 0x01, 0xFF,
        0x00, 0x08, 0x08, 0x05,
        0x00, 0x00, 0x04, 0x04,
        0x00, 0x00, 0x00, 0x00,
    ];

    public static async Task<BoltVersion> NegotiateAsync(Stream stream, ChunkReader reader, ServerAddress address, CancellationToken ct)
    {
        var writer = new ChunkWriter();
        writer.WriteRaw(Request);
        await writer.FlushAsync(stream, ct);
        var reply = new byte[4];
        await reader.ReadRawAsync(reply, ct);
        if (!reply.AsSpan().SequenceEqual(BoltProtocol.ManifestV1)) return Interpret(reply, address);

        var count = await ReadVarintAsync(reader, address, ct);
        if (count > MaxManifestEntries) throw new ProtocolException($"{address} sent a handshake manifest of {count} versions.");
        var offered = new byte[count * 4];
        await reader.ReadRawAsync(offered, ct);
        await ReadVarintAsync(reader, address, ct); // the server's capabilities: none is used by this client
        var chosen = Choose(offered);
        if (chosen is not { } version)
            throw new ServiceUnavailableException(
                $"{address} speaks none of the Bolt versions this client offers (5.0 to 5.8, 4.4); its manifest lists {Describe(offered)}.");
        writer.WriteRaw(Answer(version));
        await writer.FlushAsync(stream, ct);
        return version;
    }

    /// <summary>The client's answer to a manifest: the version (00 00 minor major), then the capability varint 00.</summary>
    public static byte[] Answer(BoltVersion version) => [0x00, 0x00, (byte)version.Minor, (byte)version.Major, 0x00];

    /// <summary>The highest version this client speaks among the manifest's ranges (5.0–5.8, 4.4), or null.</summary>
    public static BoltVersion? Choose(ReadOnlySpan<byte> manifest)
    {
        BoltVersion? best = null;
        for (var i = 0; i + 4 <= manifest.Length; i += 4)
        {
            int range = manifest[i + 1], minor = manifest[i + 2], major = manifest[i + 3];
            for (var m = minor; m >= Math.Max(0, minor - range); m--)
            {
                var candidate = new BoltVersion(major, m);
                if (Speaks(candidate) && (best is null || candidate > best.Value)) best = candidate;
            }
        }
        return best;
    }

    public static BoltVersion Interpret(ReadOnlySpan<byte> reply, ServerAddress address)
    {
        if (reply.SequenceEqual("HTTP"u8))
            throw new ServiceUnavailableException($"{address} answered with HTTP: that is Neo4j's HTTP port (usually 7474), not Bolt (usually {BoltProtocol.DefaultPort}).");
        if (reply.SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0, 0]))
            throw new ServiceUnavailableException($"{address} speaks none of the Bolt versions this client offers (5.0 to 5.8, 4.4).");
        var version = new BoltVersion(reply[3], reply[2]);
        if (reply[0] != 0 || reply[1] != 0 || !Speaks(version))
            throw new ProtocolException($"{address} chose Bolt {version}, which this client did not offer.");
        return version;
    }

    private static bool Speaks(BoltVersion v) => (v.Major == 5 && v.Minor <= 8) || v == BoltVersion.V4_4;

    private static string Describe(ReadOnlySpan<byte> manifest)
    {
        var parts = new List<string>();
        for (var i = 0; i + 4 <= manifest.Length; i += 4)
            parts.Add(manifest[i + 1] == 0 ? $"{manifest[i + 3]}.{manifest[i + 2]}" : $"{manifest[i + 3]}.{manifest[i + 2] - manifest[i + 1]}–{manifest[i + 3]}.{manifest[i + 2]}");
        return parts.Count == 0 ? "nothing" : string.Join(", ", parts);
    }

    // Little-endian base-128: the low 7 bits come first; a set high bit means another byte follows.
    private static async Task<long> ReadVarintAsync(ChunkReader reader, ServerAddress address, CancellationToken ct)
    {
        long value = 0;
        var one = new byte[1];
        for (var i = 0; i < MaxVarintBytes; i++)
        {
            await reader.ReadRawAsync(one, ct);
            value |= (long)(one[0] & 0x7F) << (7 * i);
            if ((one[0] & 0x80) == 0) return value;
        }
        throw new ProtocolException($"{address} sent a handshake varint longer than {MaxVarintBytes} bytes.");
    }
}
