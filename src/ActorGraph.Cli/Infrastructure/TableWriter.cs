using System.Globalization;
using System.Text;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Writes rows as an aligned plain-text table: a header, a rule, then rows.
/// Cells are single-line (newlines become spaces); long cells are cut at <see cref="MaxCellWidth"/> with an ellipsis.</summary>
public sealed class TableWriter
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    /// <summary>Starts a table with these column headers.</summary>
    public TableWriter(params string[] headers) => _headers = headers;

    /// <summary>The widest a cell may print; longer text is cut.</summary>
    public int MaxCellWidth { get; init; } = 60;

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
        WriteRow(writer, _headers, widths);
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))).TrimEnd());
        foreach (var row in _rows) WriteRow(writer, row, widths);
    }

    private static void WriteRow(TextWriter writer, string[] cells, int[] widths)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append("  ");
            sb.Append(i == cells.Length - 1 ? cells[i] : cells[i].PadRight(widths[i]));
        }
        writer.WriteLine(sb.ToString().TrimEnd());
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
        return text.Length > MaxCellWidth ? string.Concat(text.AsSpan(0, MaxCellWidth - 1), "…") : text;
    }
}
