using System.Globalization;
using System.Text;

namespace ActorGraph.Export.Dot;

/// <summary>Appends an attribute list <c>[a="x", b="y"]</c> to a line; every value is quoted and escaped,
/// every number formatted with the invariant culture.</summary>
internal readonly struct DotAttributes
{
    private readonly StringBuilder _sb;

    private DotAttributes(StringBuilder sb) => _sb = sb;

    /// <summary>Opens the list (writes <c> [</c>).</summary>
    public static DotAttributes Open(StringBuilder sb)
    {
        sb.Append(" [");
        return new DotAttributes(sb);
    }

    /// <summary>Adds <c>name="value"</c>; <paramref name="name"/> is one of the writer's constants, never user text.</summary>
    public DotAttributes Add(string name, string value)
    {
        if (_sb[^1] != '[') _sb.Append(", ");
        _sb.Append(name).Append('=');
        DotString.Append(_sb, value);
        return this;
    }

    /// <summary>Adds <c>name=&lt;html&gt;</c>, an HTML-like label whose user text <see cref="DotHtml"/> escaped.</summary>
    public DotAttributes AddHtml(string name, string html)
    {
        if (_sb[^1] != '[') _sb.Append(", ");
        _sb.Append(name).Append("=<").Append(html).Append('>');
        return this;
    }

    /// <summary>Adds a number, invariant culture, at most two decimals.</summary>
    public DotAttributes Add(string name, double value) =>
        Add(name, value.ToString("0.##", CultureInfo.InvariantCulture));

    /// <summary>Adds the attribute only when <paramref name="value"/> is not null.</summary>
    public DotAttributes AddIf(string name, string? value) => value is null ? this : Add(name, value);

    /// <summary>Closes the list and the statement (writes <c>];</c> and a line feed).</summary>
    public void Close() => _sb.Append("];\n");
}
