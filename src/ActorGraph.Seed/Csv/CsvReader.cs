using System.Buffers;
using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Csv;

/// <summary>A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes with
/// <c>""</c> for a quote, quoted fields may span lines. Fields of the current record are spans over one
/// reused buffer, so reading allocates nothing per field. Positions are 1-based lines and columns
/// (UTF-16 code units).</summary>
/// <remarks>On a malformed record (a stray quote, an unterminated quoted field) <see cref="Error"/> is
/// set and the reader skips to the end of that line, so one run can report every bad line. Text that
/// cannot be decoded (see <see cref="Reading.StrictUtf8Reader"/>) and a record longer than the limit end
/// the file: that record comes back with <see cref="Error"/> set at the place, and then no more.</remarks>
internal sealed class CsvReader : IDisposable
{
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n\"");

    private readonly TextReader _reader;
    private readonly int _maxRecordChars;
    private readonly char[] _buffer = new char[1 << 16];
    private int _pos;
    private int _len;
    private bool _eof;
    private int _line = 1;
    private int _column = 1;

    private char[] _record = new char[256];
    private int _recordLength;
    private Field[] _fields = new Field[32];
    private string? _fatal;
    private Location _fatalAt;
    private bool _stopped;

    public CsvReader(TextReader reader, int maxRecordChars = int.MaxValue)
    {
        _reader = reader;
        _maxRecordChars = maxRecordChars;
    }

    /// <summary>Fields in the current record.</summary>
    public int FieldCount { get; private set; }

    /// <summary>The line the reader is on: 1 + the line breaks consumed so far.</summary>
    public int Line => _line;

    /// <summary>True when the input ended inside a quoted field (reported as an error on that record).</summary>
    public bool EndedInsideQuotes { get; private set; }

    /// <summary>The line the current record starts on.</summary>
    public int RecordLine { get; private set; }

    /// <summary>What is wrong with the current record, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>True when <see cref="Error"/> ended the input (undecodable text, a record over the limit).</summary>
    public bool Stopped => _stopped;

    /// <summary>Where <see cref="Error"/> was found.</summary>
    public Location ErrorLocation { get; private set; }

    /// <summary>The unescaped text of field <paramref name="index"/> of the current record.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var f = _fields[index];
            return new ReadOnlySpan<char>(_record, f.Start, f.Length);
        }
    }

    /// <summary>Where field <paramref name="index"/> starts (its opening quote, if quoted).</summary>
    public Location LocationOf(int index) => new(_fields[index].Line, _fields[index].Column);

    /// <summary>True when field <paramref name="index"/> was quoted.</summary>
    public bool IsQuoted(int index) => _fields[index].Quoted;

    /// <summary>True when every field of the current record is empty or blank (a blank line).</summary>
    public bool IsBlank()
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (!this[i].IsWhiteSpace()) return false;
        }
        return true;
    }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool Read()
    {
        if (_stopped) return false;
        var more = ReadRecord();
        if (_fatal is null) return more;
        _stopped = true;
        Error = _fatal;
        ErrorLocation = _fatalAt;
        return true;
    }

    private bool ReadRecord()
    {
        FieldCount = 0;
        _recordLength = 0;
        Error = null;
        if (!EnsureData()) return false;
        RecordLine = _line;
        while (true)
        {
            BeginField();
            if (_buffer[_pos] == '"')
            {
                if (!ReadQuotedField()) return true;
                SkipBlanks();
                if (!EnsureData()) return true;
                var c = _buffer[_pos];
                if (c == ',')
                {
                    Advance();
                    if (!EnsureData()) { BeginField(); return true; }
                    continue;
                }
                if (c is '\r' or '\n') { ConsumeNewline(); return true; }
                Fail($"unexpected '{c}' after the closing quote of a field; write a quote inside a quoted field as two quotes (\"\")");
                return true;
            }

            if (!ReadUnquotedField(out var stop)) return true;
            if (stop == ',')
            {
                Advance();
                if (!EnsureData()) { BeginField(); return true; }
                continue;
            }
            if (stop is '\r' or '\n') ConsumeNewline();
            return true;
        }
    }

    public void Dispose() => _reader.Dispose();

    private bool ReadQuotedField()
    {
        var openedAt = new Location(_line, _column);
        _fields[FieldCount - 1].Quoted = true;
        Advance();
        while (true)
        {
            if (!EnsureData())
            {
                EndedInsideQuotes = true;
                Error = "a quoted field is never closed; a field that starts with \" must end with \"";
                ErrorLocation = openedAt;
                return false;
            }
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var quote = span.IndexOf('"');
            if (quote != 0)
            {
                var chunk = quote < 0 ? span : span[..quote];
                Append(chunk);
                AdvanceOver(chunk);
                continue;
            }
            Advance();
            if (EnsureData() && _buffer[_pos] == '"')
            {
                Append("\"");
                Advance();
                continue;
            }
            EndField();
            return true;
        }
    }

    private bool ReadUnquotedField(out char stop)
    {
        while (true)
        {
            if (!EnsureData())
            {
                EndField();
                stop = '\0';
                return true;
            }
            var span = _buffer.AsSpan(_pos, _len - _pos);
            var at = span.IndexOfAny(UnquotedStops);
            if (at < 0)
            {
                Append(span);
                _column += span.Length;
                _pos = _len;
                continue;
            }
            Append(span[..at]);
            _column += at;
            _pos += at;
            stop = _buffer[_pos];
            if (stop == '"')
            {
                Fail("a quote inside an unquoted field; put the whole field in quotes and double the inner quotes (\"\")");
                return false;
            }
            EndField();
            return true;
        }
    }

    private void Fail(string message)
    {
        Error = message;
        ErrorLocation = new Location(_line, _column);
        while (EnsureData() && _buffer[_pos] is not ('\r' or '\n')) Advance();
        if (EnsureData()) ConsumeNewline();
    }

    private void BeginField()
    {
        if (FieldCount == _fields.Length) Array.Resize(ref _fields, _fields.Length * 2);
        _fields[FieldCount++] = new Field { Start = _recordLength, Line = _line, Column = _column };
    }

    private void EndField() => _fields[FieldCount - 1].Length = _recordLength - _fields[FieldCount - 1].Start;

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_recordLength + chars.Length > _maxRecordChars)
        {
            Stop(new Location(RecordLine, 1), $"a record longer than {_maxRecordChars:N0} characters (is a closing quote missing?); " +
                "shorten it, or raise the limit (see docs/limits.md)");
            return;
        }
        if (_recordLength + chars.Length > _record.Length)
        {
            Array.Resize(ref _record, Math.Max(_record.Length * 2, _recordLength + chars.Length));
        }
        chars.CopyTo(_record.AsSpan(_recordLength));
        _recordLength += chars.Length;
    }

    private void SkipBlanks()
    {
        while (EnsureData() && _buffer[_pos] is ' ' or '\t') Advance();
    }

    private void ConsumeNewline()
    {
        if (_buffer[_pos] == '\r')
        {
            Advance();
            if (EnsureData() && _buffer[_pos] == '\n') _pos++;
        }
        else
        {
            _pos++;
        }
        _line++;
        _column = 1;
    }

    private void Advance()
    {
        _pos++;
        _column++;
    }

    /// <summary>Moves past <paramref name="chunk"/> (inside a quoted field), counting the lines it spans.</summary>
    private void AdvanceOver(ReadOnlySpan<char> chunk)
    {
        _pos += chunk.Length;
        var lastNewline = chunk.LastIndexOf('\n');
        if (lastNewline < 0)
        {
            _column += chunk.Length;
            return;
        }
        _line += chunk.Count('\n');
        _column = chunk.Length - lastNewline;
    }

    private bool EnsureData()
    {
        if (_pos < _len) return true;
        if (_eof) return false;
        try
        {
            _len = _reader.Read(_buffer, 0, _buffer.Length);
        }
        catch (Reading.SeedFileException e)
        {
            Stop(new Location(_line, _column), e.Message);
            return false;
        }
        _pos = 0;
        if (_len > 0) return true;
        _eof = true;
        return false;
    }

    /// <summary>Ends the input here with a problem that the next <see cref="Read"/> reports.</summary>
    private void Stop(Location at, string message)
    {
        if (_fatal is null)
        {
            _fatal = message;
            _fatalAt = at;
        }
        _eof = true;
        _pos = _len = 0;
    }

    private struct Field
    {
        public int Start;
        public int Length;
        public int Line;
        public int Column;
        public bool Quoted;
    }
}
