using System.Buffers;
using System.Text.Unicode;

namespace ActorGraph.Seed.Reading;

/// <summary>Decodes a stream as strict UTF-8: an invalid byte is an error (a <see cref="SeedFileException"/>
/// raised once every character before it has been handed out, so that the caller knows exactly where it
/// is), never a silent U+FFFD. A UTF-8 byte-order mark is skipped; a UTF-16 one is refused with a hint.
/// At most <c>maxBytes</c> bytes are read (a file that grows while it is read is still bounded).</summary>
internal sealed class StrictUtf8Reader : TextReader
{
    private readonly Stream _stream;
    private readonly long _maxBytes;
    private readonly byte[] _bytes = new byte[1 << 16];
    private int _start;
    private int _end;
    private long _consumed;
    private bool _eof;
    private bool _first;

    /// <summary>Decodes <paramref name="stream"/>; <paramref name="fileStart"/> false for a stream that starts inside a
    /// file (a block read on its own), where a byte-order mark is text, not a mark.</summary>
    public StrictUtf8Reader(Stream stream, long maxBytes, bool fileStart = true)
    {
        _stream = stream;
        _maxBytes = maxBytes;
        _first = fileStart;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty) return 0;
        while (true)
        {
            if (_end - _start < 4 && !_eof) Fill();
            if (_first) SkipByteOrderMark();
            if (_start == _end) return 0;
            var status = Utf8.ToUtf16(_bytes.AsSpan(_start, _end - _start), buffer, out var read, out var written,
                replaceInvalidSequences: false, isFinalBlock: _eof);
            _start += read;
            _consumed += read;
            if (written > 0) return written;
            switch (status)
            {
                case OperationStatus.InvalidData:
                    throw new SeedFileException(
                        $"invalid UTF-8 (byte 0x{_bytes[_start]:X2}); save the file as UTF-8", _consumed);
                case OperationStatus.NeedMoreData when _eof:
                    throw new SeedFileException("the file ends inside a UTF-8 character; save the file as UTF-8", _consumed);
                case OperationStatus.DestinationTooSmall:
                    // One character needs two UTF-16 units but the caller asked for one.
                    throw new InvalidOperationException("StrictUtf8Reader needs room for at least two characters");
            }
            // NeedMoreData: fill and go on.
            Fill();
        }
    }

    public override int Peek() => -1;

    public override int Read()
    {
        Span<char> one = stackalloc char[2];
        return Read(one[..1]) == 0 ? -1 : one[0];
    }

    /// <summary>Reads everything, bounded by the byte limit.</summary>
    public override string ReadToEnd()
    {
        var text = new System.Text.StringBuilder();
        var chunk = new char[1 << 15];
        int n;
        while ((n = Read(chunk, 0, chunk.Length)) > 0) text.Append(chunk, 0, n);
        return text.ToString();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _stream.Dispose();
        base.Dispose(disposing);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_bytes, _start, _bytes, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        while (_end < _bytes.Length && !_eof)
        {
            var n = _stream.Read(_bytes, _end, _bytes.Length - _end);
            if (n == 0)
            {
                _eof = true;
                break;
            }
            _end += n;
            if (_consumed + _end > _maxBytes)
            {
                throw new SeedFileException($"the file is larger than the limit of {_maxBytes:N0} bytes; split it, or raise the limit (see docs/limits.md)");
            }
        }
    }

    private void SkipByteOrderMark()
    {
        var span = _bytes.AsSpan(_start, _end - _start);
        if (span.Length < 2 && !_eof) return;
        _first = false;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start += 3;
            _consumed += 3;
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            throw new SeedFileException("the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", 0);
        }
    }
}
