using System.Text;

namespace ActorGraph.Import.Csv;

/// <summary>Splits one CSV line into cells: RFC 4180 quoting (<c>"a, b"</c>, <c>""</c> for a quote) on one
/// line. Quoted line breaks are not supported: such a row is reported as having the wrong column count.</summary>
public static class CsvLine
{
    /// <summary>Splits <paramref name="line"/> on <paramref name="delimiter"/>; false for an unterminated quote.</summary>
    public static bool TrySplit(ReadOnlySpan<char> line, char delimiter, List<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        cells.Clear();
        if (line.IndexOf('"') < 0)
        {
            foreach (var range in line.Split(delimiter)) cells.Add(line[range].ToString());
            return true;
        }
        var sb = new StringBuilder();
        var i = 0;
        while (true)
        {
            sb.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length) return false;
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    sb.Append(line[i++]);
                }
                while (i < line.Length && line[i] != delimiter) sb.Append(line[i++]);
            }
            else
            {
                while (i < line.Length && line[i] != delimiter) sb.Append(line[i++]);
            }
            cells.Add(sb.ToString());
            if (i >= line.Length) return true;
            i++; // the delimiter
        }
    }
}
