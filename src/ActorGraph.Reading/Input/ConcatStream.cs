namespace ActorGraph.Reading.Input;

/// <summary>The sniffed first bytes followed by the rest of the stream, counting bytes against the size
/// limit so that standard input and unseekable streams are bounded too.</summary>
internal sealed class ConcatStream(ReadOnlyMemory<byte> head, Stream tail, long maxBytes, string path) : Stream
{
    private int _headPosition;
    private long _total;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _total; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n;
        if (_headPosition < head.Length)
        {
            n = Math.Min(count, head.Length - _headPosition);
            head.Span.Slice(_headPosition, n).CopyTo(buffer.AsSpan(offset, n));
            _headPosition += n;
        }
        else
        {
            n = tail.Read(buffer, offset, count);
        }
        _total += n;
        if (_total > maxBytes)
            throw new ReadingException(ReadingError.TooLarge, path, $"the report is larger than the limit of {maxBytes:N0} bytes; raise it with --max-bytes if this is intended");
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) tail.Dispose();
        base.Dispose(disposing);
    }
}
