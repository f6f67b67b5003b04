using System.Buffers.Binary;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>Counts what a decompressing stream yields: stops at a size limit (a compression bomb) with an
/// <see cref="ImportLimitException"/>, and, for gzip, checks at the end that the data was not cut short.</summary>
/// <remarks>.NET's <c>GZipStream</c> returns end-of-stream, not an error, when a file ends inside its deflate
/// data, so a truncated download would import most of its rows and say nothing. A gzip member ends with
/// ISIZE, its uncompressed size modulo 2^32 (RFC 1952, section 2.3.1). A truncated file's last four bytes
/// are deflate data instead: a random number, which is almost never at most the decompressed total (for a
/// multi-member file, ISIZE of the last member is at most the total, so those pass).</remarks>
internal sealed class DecompressedStream(Stream inner, string name, long maxBytes, Func<uint?>? gzipTrailerSize) : Stream
{
    private long _total;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _total += n;
        if (_total > maxBytes)
            throw new ImportLimitException($"{name}: decompresses to more than {maxBytes:N0} bytes (a compression bomb?)", "--max-decompressed-size");
        if (n == 0 && buffer.Length > 0 && gzipTrailerSize?.Invoke() is { } isize && _total < (1L << 32) && isize > _total)
            throw new InvalidDataException($"the gzip data ends early after {_total:N0} bytes (a truncated file?)");
        return n;
    }

    /// <summary>The ISIZE field of a gzip file: its last four bytes, little-endian; null when shorter than a header and trailer.</summary>
    public static uint? TrailerSize(string path)
    {
        using var file = File.OpenRead(path);
        if (file.Length < 18) return null;
        file.Seek(-4, SeekOrigin.End);
        Span<byte> tail = stackalloc byte[4];
        file.ReadExactly(tail);
        return BinaryPrimitives.ReadUInt32LittleEndian(tail);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _total; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
