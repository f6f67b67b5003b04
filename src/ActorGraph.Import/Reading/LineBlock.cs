using System.Buffers;
using System.Text;

namespace ActorGraph.Import.Reading;

/// <summary>A block of whole lines from <see cref="LineChunker"/>: pooled UTF-8 bytes still to decode, or
/// characters. <see cref="Decode"/> runs on a worker; <see cref="Release"/> gives the buffers back.</summary>
internal sealed class LineBlock
{
    private byte[]? _bytes;
    private readonly int _byteStart;
    private readonly int _byteLength;

    private LineBlock(byte[]? bytes, int byteStart, int byteLength, char[]? chars, int length, long firstLine, int lineFeeds)
    {
        _bytes = bytes;
        _byteStart = byteStart;
        _byteLength = byteLength;
        Chars = chars;
        Length = length;
        FirstLine = firstLine;
        LineFeeds = lineFeeds;
    }

    /// <summary>The 1-based line number of the block's first line.</summary>
    public long FirstLine { get; }

    /// <summary>Line feeds in the block (its last line may lack one at the end of the input).</summary>
    public int LineFeeds { get; }

    /// <summary>The decoded text (after <see cref="Decode"/>).</summary>
    public char[]? Chars { get; private set; }

    /// <summary>Characters of <see cref="Chars"/> in use.</summary>
    public int Length { get; private set; }

    public static LineBlock FromBytes(byte[] bytes, int start, int length, long firstLine) =>
        new(bytes, start, length, null, 0, firstLine, bytes.AsSpan(start, length).Count((byte)'\n'));

    public static LineBlock FromChars(char[] chars, int length, long firstLine) =>
        new(null, 0, 0, chars, length, firstLine, chars.AsSpan(0, length).Count('\n'));

    /// <summary>True while the block holds undecoded UTF-8 bytes (<see cref="Bytes"/>).</summary>
    public bool HasBytes => _bytes is not null;

    /// <summary>The undecoded UTF-8 bytes (empty once decoded, or for a block of characters).</summary>
    public ReadOnlySpan<byte> Bytes => _bytes is null ? [] : _bytes.AsSpan(_byteStart, _byteLength);

    /// <summary>Decodes the bytes (invalid UTF-8 becomes U+FFFD, as a stream reader does) and returns them to the pool.</summary>
    public void Decode()
    {
        if (_bytes is null) return;
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, _byteLength));
        Length = Encoding.UTF8.GetChars(_bytes, _byteStart, _byteLength, chars, 0);
        Chars = chars;
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = null;
    }

    /// <summary>The text as a span.</summary>
    public ReadOnlySpan<char> Text => Chars.AsSpan(0, Length);

    /// <summary>Returns the buffers to the pool; the block is not used afterwards.</summary>
    public void Release()
    {
        if (_bytes is not null) ArrayPool<byte>.Shared.Return(_bytes);
        if (Chars is not null) ArrayPool<char>.Shared.Return(Chars);
        _bytes = null;
        Chars = null;
    }
}
