using System.Buffers;
using System.Text;
using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>Cuts an input into blocks of whole lines, so that blocks can be parsed in parallel: raw UTF-8
/// bytes when the part is a UTF-8 byte stream (a line feed never occurs inside a multi-byte sequence, so
/// each block decodes on its own), else characters from the text reader.</summary>
/// <remarks>Blocks come from <see cref="ArrayPool{T}"/>; the consumer returns them
/// (<see cref="LineBlock.Release"/>). A line longer than the limit stops the import with an
/// <see cref="ImportLimitException"/> naming the file and line, as <see cref="LineReader"/> does.</remarks>
internal sealed class LineChunker
{
    private const int BlockSize = 1 << 20;
    private readonly Stream? _bytes;
    private readonly TextReader _text;
    private readonly string _name;
    private readonly int _maxLine;
    private byte[] _byteCarry = [];
    private char[] _charCarry = [];
    private int _carry;
    private bool _eof;
    private bool _started;
    private long _lines;

    public LineChunker(InputPart part)
    {
        ArgumentNullException.ThrowIfNull(part);
        _text = part.Reader;
        _name = part.Name;
        _maxLine = Math.Max(16, part.MaxLineChars);
        // Bytes only from a reader that decodes UTF-8 and has not read yet.
        if (part.Reader is StreamReader { CurrentEncoding: UTF8Encoding } sr && sr.BaseStream.CanRead) _bytes = sr.BaseStream;
    }

    /// <summary>The longest line accepted, in characters (the block parser checks lines shorter than a block).</summary>
    public int MaxLineChars => _maxLine;

    /// <summary>The next block of whole lines, or null at the end of the input.</summary>
    public LineBlock? Next()
    {
        while (true)
        {
            if (_eof && _carry == 0) return null;
            var block = _bytes is null ? NextChars() : NextBytes();
            if (block is not null) return block;
        }
    }

    private LineBlock? NextBytes()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(BlockSize, _carry * 2));
        _byteCarry.AsSpan(0, _carry).CopyTo(buffer);
        var length = _carry;
        while (!_eof && length < buffer.Length)
        {
            var n = _bytes!.Read(buffer, length, buffer.Length - length);
            if (n == 0) _eof = true;
            length += n;
        }
        var start = 0;
        if (!_started)
        {
            _started = true;
            if (length >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF)))
                throw new ImportFailedException($"{_name}: the file is UTF-16 text; event files are read as UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)");
            if (length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3;
        }
        var cut = Cut(buffer.AsSpan(start, length - start), (byte)'\n');
        if (cut < 0)
        {
            CheckLongLine(Encoding.UTF8.GetCharCount(buffer, start, length - start));
            Keep(ref _byteCarry, buffer.AsSpan(start, length - start));
            ArrayPool<byte>.Shared.Return(buffer);
            return null;
        }
        Keep(ref _byteCarry, buffer.AsSpan(start + cut, length - start - cut));
        return Counted(LineBlock.FromBytes(buffer, start, cut, _lines + 1));
    }

    private LineBlock? NextChars()
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(BlockSize, _carry * 2));
        _charCarry.AsSpan(0, _carry).CopyTo(buffer);
        var length = _carry;
        while (!_eof && length < buffer.Length)
        {
            var n = _text.Read(buffer, length, buffer.Length - length);
            if (n == 0) _eof = true;
            length += n;
        }
        var cut = Cut(buffer.AsSpan(0, length), '\n');
        if (cut < 0)
        {
            CheckLongLine(length);
            Keep(ref _charCarry, buffer.AsSpan(0, length));
            ArrayPool<char>.Shared.Return(buffer);
            return null;
        }
        Keep(ref _charCarry, buffer.AsSpan(cut, length - cut));
        return Counted(LineBlock.FromChars(buffer, cut, _lines + 1));
    }

    /// <summary>Where the block ends: after its last line feed, or at the end of the input; -1 when the
    /// buffer holds part of one line only.</summary>
    private int Cut<T>(ReadOnlySpan<T> data, T newline) where T : IEquatable<T>
    {
        if (_eof) return data.Length;
        var last = data.LastIndexOf(newline);
        return last < 0 ? -1 : last + 1;
    }

    private void CheckLongLine(int chars)
    {
        if (chars > _maxLine)
            throw ImportLimitException.LongLine(_name, _lines + 1, _maxLine);
    }

    private void Keep<T>(ref T[] carry, ReadOnlySpan<T> rest)
    {
        if (carry.Length < rest.Length) carry = new T[Math.Max(rest.Length, carry.Length * 2)];
        rest.CopyTo(carry);
        _carry = rest.Length;
    }

    private LineBlock Counted(LineBlock block)
    {
        _lines += block.LineFeeds;
        return block;
    }
}
