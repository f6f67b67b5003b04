using ActorGraph.Import.Reading;

namespace ActorGraph.Import.Tests.Reading;

public class ReadAheadStreamTests
{
    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 7)]
    [InlineData(100_000, 7)]
    [InlineData(100_000, 4096)]
    public void Reads_the_same_bytes_as_the_inner_stream(int size, int blockSize)
    {
        var data = new byte[size];
        new Random(size).NextBytes(data);
        using var stream = new ReadAheadStream(new MemoryStream(data), blockSize, depth: 2);
        using var copy = new MemoryStream();
        var buffer = new byte[333];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0) copy.Write(buffer, 0, n);

        Assert.Equal(data, copy.ToArray());
        Assert.Equal(0, stream.Read(buffer, 0, buffer.Length));
    }

    [Fact]
    public void An_error_of_the_inner_stream_surfaces_on_read()
    {
        using var stream = new ReadAheadStream(new FailingStream(), 16);

        Assert.Throws<IOException>(() => stream.Read(new byte[10], 0, 10));
    }

    [Fact]
    public void Disposing_early_stops_the_reader()
    {
        var stream = new ReadAheadStream(new MemoryStream(new byte[1 << 20]), 16, depth: 1);
        Assert.Equal(5, stream.Read(new byte[5], 0, 5));
        stream.Dispose();
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(Span<byte> buffer) => throw new IOException("disk on fire");
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk on fire");
    }
}
