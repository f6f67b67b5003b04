using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Seed.Csv;

/// <summary>The one evidence item of each CSV relation row that has one (<c>evidence_source</c>, <c>evidence_locator</c>,
/// <c>evidence_note</c>), kept in three growing arrays: the stored source id, where the row's text ends, and the locator
/// and note characters one after the other. A loaded relation refers to its row; its <see cref="Evidence"/> record is built
/// when read, equal to the one the row would have given at once (a blank locator or note is null).</summary>
/// <remarks>Filled by one thread while a file or block is read, then only read (from any thread). About 12 bytes plus
/// the text per row, in a few large arrays instead of an array, a record and a string or two per relation.</remarks>
internal sealed class CsvEvidenceTable : EvidenceTable
{
    private string[] _sources;
    // _ends[2r]: end of row r's locator in _text; _ends[2r + 1]: end of its note. Row r's locator starts at _ends[2r - 1].
    private int[] _ends;
    private char[] _text;
    private int _rows;
    private int _textLength;

    /// <summary>An empty table with room for about <paramref name="rows"/> rows.</summary>
    public CsvEvidenceTable(int rows = 256)
    {
        rows = Math.Max(16, rows);
        _sources = new string[rows];
        _ends = new int[2 * rows];
        _text = new char[8 * rows];
    }

    /// <summary>Rows so far.</summary>
    public int Count => _rows;

    /// <summary>Adds a row: a stored source id, the trimmed locator and note (empty when absent). Returns its number.</summary>
    public int Add(string source, ReadOnlySpan<char> locator, ReadOnlySpan<char> note)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_rows == _sources.Length)
        {
            var rows = Math.Max(16, 2 * _rows);
            Array.Resize(ref _sources, rows);
            Array.Resize(ref _ends, 2 * rows);
        }
        var needed = _textLength + locator.Length + note.Length;
        if (needed > _text.Length) Array.Resize(ref _text, Math.Max(needed, 2 * _text.Length));
        locator.CopyTo(_text.AsSpan(_textLength));
        _textLength += locator.Length;
        _ends[2 * _rows] = _textLength;
        note.CopyTo(_text.AsSpan(_textLength));
        _textLength += note.Length;
        _ends[2 * _rows + 1] = _textLength;
        _sources[_rows] = source;
        return _rows++;
    }

    /// <summary>Gives back the room no row took (call when no more rows will be added: a block's table was sized from
    /// its bytes, before its rows were counted).</summary>
    public void Trim()
    {
        Array.Resize(ref _sources, _rows);
        Array.Resize(ref _ends, 2 * _rows);
        Array.Resize(ref _text, _textLength);
    }

    /// <inheritdoc />
    public override int CountOf(int row) => 1;

    /// <inheritdoc />
    public override ImmutableArray<Evidence> Of(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, _rows);
        var start = row == 0 ? 0 : _ends[2 * row - 1];
        var locatorEnd = _ends[2 * row];
        var noteEnd = _ends[2 * row + 1];
        return [new Evidence(_sources[row], TextOf(start, locatorEnd), TextOf(locatorEnd, noteEnd))];
    }

    private string? TextOf(int start, int end) => end == start ? null : new string(_text, start, end - start);
}
