using System.Globalization;
using System.Text;
using ActorGraph.Export.Text;
using ActorGraph.Core.Storage;

namespace ActorGraph.Export.Cypher;

/// <summary>Cypher literals for values written into a script: strings, numbers, dates, lists.</summary>
/// <remarks>A cypher-shell script cannot bind driver parameters, so values are written as escaped
/// literals. Strings use single quotes; <c>\</c> and <c>'</c> are escaped, and so is every control or
/// Unicode format character (including bidirectional overrides, which could make a script read
/// differently from what it runs) as <c>\uXXXX</c>. Other text, Arabic and Hebrew included, stays as
/// UTF-8. Numbers use the invariant culture; non-finite numbers become <c>null</c>.
/// Identifiers (labels, relationship types, property names) never come from here: they are fixed
/// by <see cref="Neo4jSchema"/>.</remarks>
public static class CypherLiteral
{
    /// <summary>Appends <paramref name="text"/> as a string literal, or <c>null</c>.</summary>
    public static void AppendString(StringBuilder sb, string? text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        if (text is null)
        {
            sb.Append("null");
            return;
        }
        text = TextCleaner.Clean(text);
        sb.Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\n': sb.Append("\\n"); break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        sb.Append('\'');
    }

    /// <summary>The string literal for <paramref name="text"/>.</summary>
    public static string String(string? text)
    {
        var sb = new StringBuilder();
        AppendString(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends a number, or <c>null</c> when it is not finite.</summary>
    public static void AppendNumber(StringBuilder sb, double value)
    {
        ArgumentNullException.ThrowIfNull(sb);
        if (!double.IsFinite(value))
        {
            sb.Append("null");
            return;
        }
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        sb.Append(text);
        // 1 would be read as an integer; keep floats floats.
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal)) sb.Append(".0");
    }

    /// <summary>Appends <c>date('yyyy-MM-dd')</c>, or <c>null</c>.</summary>
    public static void AppendDate(StringBuilder sb, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(sb);
        if (date is null) sb.Append("null");
        else sb.Append("date('").Append(ExportText.Date(date)).Append("')");
    }

    /// <summary>Appends a list of string literals.</summary>
    public static void AppendList(StringBuilder sb, IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(items);
        sb.Append('[');
        var first = true;
        foreach (var item in items)
        {
            if (!first) sb.Append(", ");
            AppendString(sb, item);
            first = false;
        }
        sb.Append(']');
    }
}
