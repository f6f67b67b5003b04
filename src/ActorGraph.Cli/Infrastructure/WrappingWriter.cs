using System.Text;
using System.Text.RegularExpressions;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>A text writer that keeps every line within <see cref="Width"/> columns: a longer line is broken
/// at spaces and its continuation lines are indented two columns past the line's own indent (a hanging
/// indent), so that wrapped evidence and notes stay readable under the item they belong to. A word longer
/// than the room left is split, never cut, so nothing printed is lost; a URL is never split: one that does
/// not fit goes whole on a continuation line of its own (as a line that is a URL alone is printed whole),
/// however wide, so that it can be copied or clicked. Tables
/// (already fitted by <see cref="TableWriter"/>) pass through unchanged. Text is written per line, when its newline arrives.</summary>
public sealed partial class WrappingWriter : TextWriter
{
    [GeneratedRegex(@"( *)(\S+)")]
    private static partial Regex Words();

    private readonly TextWriter _inner;
    private readonly StringBuilder _line = new();

    /// <summary>Wraps <paramref name="inner"/> at <paramref name="width"/> columns.</summary>
    public WrappingWriter(TextWriter inner, int width = TableWriter.DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 20);
        _inner = inner;
        Width = width;
        NewLine = inner.NewLine;
    }

    /// <summary>The widest a printed line may be.</summary>
    public int Width { get; }

    /// <inheritdoc />
    public override Encoding Encoding => _inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value == '\n') EmitLine();
        else if (value != '\r') _line.Append(value);
    }

    /// <inheritdoc />
    public override void Flush()
    {
        if (_line.Length > 0) EmitLine();
        _inner.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    private void EmitLine()
    {
        foreach (var line in Fit(_line.ToString(), Width)) _inner.WriteLine(line);
        _line.Clear();
    }

    /// <summary>The printed lines of one logical <paramref name="line"/>: itself when it fits, else broken at
    /// spaces with a hanging indent (the line's indent + 2, at most a third of the width).</summary>
    public static IReadOnlyList<string> Fit(string line, int width)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.TrimEnd();
        if (line.Length <= width || IsUrlAlone(line)) return [line];
        var indent = line.Length - line.TrimStart(' ').Length;
        if (indent > width / 3) indent = width / 3;
        var hanging = new string(' ', Math.Min(indent + 2, width / 3));
        var lines = new List<string>();
        var current = new StringBuilder(new string(' ', indent));
        var empty = true;
        // Each word keeps the spaces before it (aligned columns such as a legend's stay aligned) except at
        // the start of a continuation line.
        foreach (Match match in Words().Matches(line, indent))
        {
            var gap = match.Groups[1].Value;
            var word = match.Groups[2].Value;
            if (!empty && current.Length + gap.Length + word.Length > width)
            {
                lines.Add(current.ToString());
                current.Clear().Append(hanging);
                empty = true;
            }
            // A URL that does not fit goes whole on a line of its own, however wide: split, it could not be
            // copied or clicked.
            if (IsUrl(word) && current.Length + (empty ? 0 : gap.Length) + word.Length > width)
            {
                if (!empty) lines.Add(current.ToString());
                lines.Add((empty ? current.ToString() : hanging) + word);
                current.Clear().Append(hanging);
                empty = true;
                continue;
            }
            // Any other word wider than a whole line is split across lines rather than cut.
            while (current.Length + (empty ? 0 : gap.Length) + word.Length > width)
            {
                if (!empty) current.Append(gap);
                var room = width - current.Length;
                current.Append(word, 0, room);
                word = word[room..];
                lines.Add(current.ToString());
                current.Clear().Append(hanging);
                empty = true;
            }
            if (!empty) current.Append(gap);
            current.Append(word);
            empty = false;
        }
        if (!empty) lines.Add(current.ToString());
        return lines;
    }

    /// <summary>True when the line, indent aside, is one word with a scheme ("https://...").</summary>
    private static bool IsUrlAlone(string line)
    {
        var word = line.TrimStart(' ');
        return !word.Contains(' ', StringComparison.Ordinal) && IsUrl(word);
    }

    /// <summary>True when <paramref name="word"/> starts with a scheme and "://" ("https://...").</summary>
    private static bool IsUrl(string word) =>
        word.IndexOf("://", StringComparison.Ordinal) is > 0 and var i && word[..i].All(char.IsAsciiLetter);
}
