using ActorGraph.Bolt.IO;
using ActorGraph.Bolt.Tests.Support;

namespace ActorGraph.Bolt.Tests.IO;

public class ChunkingTests
{
    [Fact]
    public void Pull_example_is_framed_as_in_the_facts()
    {
        var w = new ChunkWriter();
        w.WriteMessage(Hex.Parse("B1 3F A1 81 6E C9 03 E8"));
        Assert.Equal(Hex.Parse("00 08 B1 3F A1 81 6E C9 03 E8 00 00"), w.Pending.ToArray());
    }

    [Theory]
    [InlineData(65_535, 1)]
    [InlineData(65_536, 2)]
    [InlineData(200_000, 4)]
    public async Task Messages_over_65535_bytes_are_split_with_unsigned_lengths(int size, int chunks)
    {
        var payload = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        var w = new ChunkWriter();
        w.WriteMessage(payload);
        var framed = w.Pending.ToArray();
        Assert.Equal(size + 2 * chunks + 2, framed.Length);
        Assert.Equal(0xFF, framed[0]); // 65,535 = FF FF: unsigned
        Assert.Equal(0xFF, framed[1]);
        var reader = new ChunkReader(new MemoryStream(framed));
        var length = await reader.ReadMessageAsync();
        Assert.Equal(payload, reader.MessageBuffer.AsSpan(0, length).ToArray());
    }

    /// <summary>Three messages (one of them multi-chunk) with NOOPs between and before them.</summary>
    private static (byte[] Stream, byte[][] Messages) Sample()
    {
        byte[][] messages =
        [
            Hex.Parse("B1 70 A1 81 61 01"),
            Enumerable.Range(0, 40).Select(i => (byte)i).ToArray(),
            Hex.Parse("B0 7E"),
        ];
        var w = new ChunkWriter(maxChunkSize: 16);
        w.WriteRaw([0, 0]);
        w.WriteMessage(messages[0]);
        w.WriteRaw([0, 0, 0, 0]);
        w.WriteMessage(messages[1]);
        w.WriteMessage(messages[2]);
        w.WriteRaw([0, 0]);
        return (w.Pending.ToArray(), messages);
    }

    public static TheoryData<int> Cuts() => [.. Enumerable.Range(0, Sample().Stream.Length + 1)];

    [Theory]
    [MemberData(nameof(Cuts))]
    public async Task Reader_survives_a_split_at_every_byte_offset(int cut)
    {
        var (stream, messages) = Sample();
        foreach (var maxRead in new[] { 1, 3, 1000 })
        {
            var reader = new ChunkReader(new TrickleStream(stream, maxRead, cut));
            foreach (var expected in messages)
            {
                var length = await reader.ReadMessageAsync();
                Assert.Equal(expected, reader.MessageBuffer.AsSpan(0, length).ToArray());
            }
            await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadMessageAsync().AsTask());
        }
    }

    [Fact]
    public async Task A_message_over_the_limit_is_refused_before_it_is_buffered()
    {
        var w = new ChunkWriter();
        w.WriteMessage(new byte[5000]);
        var reader = new ChunkReader(new MemoryStream(w.Pending.ToArray()), maxMessageSize: 4096);
        var e = await Assert.ThrowsAsync<ProtocolException>(() => reader.ReadMessageAsync().AsTask());
        Assert.Contains("4,096", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task End_of_stream_mid_message_is_reported()
    {
        var reader = new ChunkReader(new MemoryStream(Hex.Parse("00 08 B1 3F A1")));
        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadMessageAsync().AsTask());
    }
}
