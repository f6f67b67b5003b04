using System.Buffers;

namespace ActorGraph.Seed.Writing;

/// <summary>Writes CSV rows (RFC 4180): a field is quoted when it holds a comma, quote, line break or
/// surrounding space; quotes inside are doubled. Lines end with <c>\n</c>.</summary>
internal sealed class CsvRowWriter(TextWriter writer)
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");
    private bool _atLineStart = true;

    public void Field(string? value)
    {
        if (!_atLineStart) writer.Write(',');
        _atLineStart = false;
        if (string.IsNullOrEmpty(value)) return;
        var quote = value.AsSpan().ContainsAny(NeedsQuotes) || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]);
        if (!quote)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public void EndRow()
    {
        writer.Write('\n');
        _atLineStart = true;
    }

    public void Row(params ReadOnlySpan<string?> fields)
    {
        foreach (var f in fields) Field(f);
        EndRow();
    }
}
