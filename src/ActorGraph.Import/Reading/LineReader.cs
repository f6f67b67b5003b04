using ActorGraph.Import.Diagnostics;

namespace ActorGraph.Import.Reading;

/// <summary>Reads lines as spans over a reusable character buffer: no string per line.
/// A span returned by <see cref="TryReadLine"/> is valid until the next call.</summary>
/// <remarks>Accepts <c>\n</c> and <c>\r\n</c> line ends and a last line without one. The buffer grows
/// for a line longer than it, up to the line limit; a longer line stops the import with an
/// <see cref="ImportLimitException"/> naming the file and line (a file without line breaks, or a bomb).</remarks>
public sealed class LineReader
{
    private readonly TextReader _reader;
    private char[] _buffer;
    private int _start;
    private int _end;
    private readonly string _name;
    private readonly int _maxLine;
    private bool _eof;

    /// <summary>Reads from <paramref name="reader"/> with a buffer of <paramref name="bufferSize"/> characters.</summary>
    public LineReader(TextReader reader, int bufferSize = 1 << 16)
        : this(reader, "input", InputLimits.DefaultMaxLineChars, bufferSize)
    {
    }

    /// <summary>Reads from <paramref name="reader"/> (named <paramref name="name"/> in errors), refusing lines
    /// longer than <paramref name="maxLineChars"/>.</summary>
    public LineReader(TextReader reader, string name, int maxLineChars, int bufferSize = 1 << 16)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        _reader = reader;
        _name = name;
        _maxLine = Math.Max(16, maxLineChars);
        _buffer = new char[Math.Max(16, Math.Min(bufferSize, _maxLine + 2))];
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>The next line without its line end; false at the end of the input.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf('\n');
            if (newline >= 0)
            {
                var at = scanFrom + newline;
                var length = at - _start;
                if (length > 0 && _buffer[at - 1] == '\r') length--;
                line = _buffer.AsSpan(_start, length);
                _start = at + 1;
                LineNumber++;
                return true;
            }
            if (_eof)
            {
                if (_start < _end)
                {
                    var length = _end - _start;
                    if (_buffer[_end - 1] == '\r') length--;
                    line = _buffer.AsSpan(_start, length);
                    _start = _end;
                    LineNumber++;
                    return true;
                }
                line = default;
                return false;
            }
            scanFrom = _end - _start;
            Refill();
        }
    }

    private void Refill()
    {
        var pending = _end - _start;
        if (pending > 0 && _start > 0) Array.Copy(_buffer, _start, _buffer, 0, pending);
        _start = 0;
        _end = pending;
        if (_end == _buffer.Length)
        {
            if (_buffer.Length > _maxLine)
                throw ImportLimitException.LongLine(_name, LineNumber + 1, _maxLine);
            Array.Resize(ref _buffer, (int)Math.Min((long)_maxLine + 2, _buffer.Length * 2L));
        }
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0) _eof = true;
        else _end += read;
    }
}
