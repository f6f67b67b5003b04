namespace ActorGraph.Bolt.Tests.Support;

/// <summary>A read-only stream over fixed bytes that returns at most <c>maxRead</c> bytes per read, after a
/// first read cut at <c>firstCut</c>: feeds a reader a payload split at an arbitrary byte offset.</summary>
public sealed class TrickleStream(byte[] data, int maxRead, int firstCut = -1) : Stream
{
    private int _position;
    private bool _first = true;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => data.Length;
    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var limit = _first && firstCut >= 0 ? Math.Max(1, firstCut) : maxRead;
        _first = false;
        var n = Math.Min(Math.Min(buffer.Length, limit), data.Length - _position);
        data.AsSpan(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
