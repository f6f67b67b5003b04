using Microsoft.Win32.SafeHandles;

namespace ActorGraph.Seed.Reading;

/// <summary>Bytes <paramref name="start"/>..<paramref name="end"/> of an open file as a read-only stream, read with
/// positional reads (<see cref="RandomAccess"/>), so several ranges of one handle can be read on several threads.</summary>
internal sealed class FileRange(SafeFileHandle handle, long start, long end) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => end - start;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var left = end - start - _read;
        if (left <= 0) return 0;
        if (buffer.Length > left) buffer = buffer[..(int)left];
        var n = RandomAccess.Read(handle, buffer, start + _read);
        _read += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
