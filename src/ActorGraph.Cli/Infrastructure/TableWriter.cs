using System.Globalization;
using System.Text;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Writes rows as an aligned plain-text table: a header, a rule, then rows, within
/// <see cref="MaxWidth"/> columns. Newlines in cells become spaces; a cell longer than
/// <see cref="MaxCellWidth"/> is cut on a word boundary with an ellipsis; when the table is still too wide,
/// the widest columns are narrowed and their cells wrapped on word boundaries onto more lines.</summary>
public sealed class TableWriter
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Starts a table with these column headers.</summary>
    public TableWriter(params string[] headers) => _headers = headers;

    /// <summary>The widest a cell may print; longer text is cut.</summary>
    public int MaxCellWidth { get; init; } = 60;

    /// <summary>The width of the terminal the output is laid out for unless told otherwise.</summary>
    public const int DefaultWidth = 100;

    /// <summary>The widest a whole line may print (a 100-column terminal by default).</summary>
    public int MaxWidth { get; init; } = DefaultWidth;

    /// <summary>Number of rows added so far.</summary>
    public int Count => _rows.Count;

    /// <summary>Adds a row; values are formatted with the invariant culture.</summary>
    public TableWriter Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
            throw new ArgumentException($"expected {_headers.Length} cells, got {cells.Length}", nameof(cells));
        _rows.Add([.. cells.Select(Format)]);
        return this;
    }

    /// <summary>Writes the table to <paramref name="writer"/>.</summary>
    public void WriteTo(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = _headers.Select(h => h.Length).ToArray();
        foreach (var row in _rows)
            for (var i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        Narrow(widths);
        WriteRow(writer, _headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in _rows) WriteRow(writer, row, widths);
    }

    // Takes columns down one character at a time, always the widest, until the line fits (or every
    // column is down to its floor).
    private void Narrow(int[] widths)
    {
        // A column never gets narrower than its header or its longest word (up to 24 characters), so that ids and
        // names stay whole and can be typed back; a table that cannot fit then runs wider rather than cut them.
        var floor = _headers.Select((h, i) => Math.Max(Math.Max(h.Length, 8),
            Math.Min(24, _rows.Select(r => LongestWord(r[i])).DefaultIfEmpty(0).Max()))).ToArray();
        while (widths.Sum() + (2 * (widths.Length - 1)) > MaxWidth)
        {
            var widest = -1;
            for (var i = 0; i < widths.Length; i++)
                if (widths[i] > floor[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
            if (widest < 0) return;
            widths[widest]--;
        }
    }

    private static int LongestWord(string cell) =>
        cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var wrapped = cells.Select((c, i) => c.Length <= widths[i] ? [c] : TextWrap.Wrap(c, widths[i])).ToArray();
        var height = wrapped.Max(lines => lines.Count);
        for (var line = 0; line < height; line++)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0) sb.Append("  ");
                var text = line < wrapped[i].Count ? wrapped[i][line] : "";
                sb.Append(i == cells.Length - 1 ? text : text.PadRight(widths[i]));
            }
            writer.WriteLine(sb.ToString().TrimEnd());
        }
    }

    private string Format(object? value)
    {
        var text = value switch
        {
            null => "",
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            float f => f.ToString("0.###", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        text = text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
        return TextWrap.Truncate(text, MaxCellWidth);
    }
}
