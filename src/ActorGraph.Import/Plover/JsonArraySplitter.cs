using System.Text;

namespace ActorGraph.Import.Plover;

/// <summary>Cuts a JSON array that spans many lines (<c>[ {...}, {...} ]</c>, pretty-printed or not) into its
/// elements, line by line, so that each record is parsed on its own with the line it starts on, and
/// memory holds one record at a time. It tracks strings and escapes, so brackets inside text do not count.</summary>
internal sealed class JsonArraySplitter(int maxRecordChars)
{
    private readonly StringBuilder _record = new();
    private int _depth; // 0 outside the array, 1 inside it, 2+ inside an element
    private bool _inString;
    private bool _escaped;
    private bool _closed;

    /// <summary>The line the element being collected starts on.</summary>
    public long StartLine { get; private set; }

    /// <summary>True once the closing bracket of the array was seen.</summary>
    public bool Closed => _closed;

    /// <summary>Feeds one line; calls <paramref name="element"/> with each element completed on it.
    /// Returns false when the line holds something that is not part of an array (text before <c>[</c>,
    /// after <c>]</c>, or an element over the size limit, which is dropped).</summary>
    public bool Feed(ReadOnlySpan<char> line, long lineNumber, Action<string, long> element)
    {
        var ok = true;
        foreach (var c in line)
        {
            if (_depth >= 2)
            {
                if (_record.Length < maxRecordChars) _record.Append(c);
                else ok = false;
                if (_inString)
                {
                    if (_escaped) _escaped = false;
                    else if (c == '\\') _escaped = true;
                    else if (c == '"') _inString = false;
                    continue;
                }
                if (c == '"') _inString = true;
                else if (c is '{' or '[') _depth++;
                else if (c is '}' or ']' && --_depth == 1)
                {
                    if (_record.Length < maxRecordChars) element(_record.ToString(), StartLine);
                    _record.Clear();
                }
                continue;
            }
            if (char.IsWhiteSpace(c) || (_depth == 1 && c == ',')) continue;
            if (_depth == 0 && c == '[' && !_closed) { _depth = 1; continue; }
            if (_depth == 1 && c == ']') { _depth = 0; _closed = true; continue; }
            if (_depth == 1)
            {
                _depth = 2;
                StartLine = lineNumber;
                _record.Clear().Append(c);
                if (c == '"') _inString = true;
                else if (c is not ('{' or '[')) ok = false;
                continue;
            }
            ok = false;
        }
        if (_depth >= 2 && _record.Length < maxRecordChars) _record.Append('\n');
        return ok;
    }

    /// <summary>True when the input ended inside the array.</summary>
    public bool Unfinished => _depth > 0;
}
