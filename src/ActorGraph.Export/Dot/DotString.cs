using System.Text;
using ActorGraph.Export.Text;

namespace ActorGraph.Export.Dot;

/// <summary>Writes any text as a DOT double-quoted string that Graphviz shows exactly as given.</summary>
/// <remarks>
/// Graphviz reads a quoted string in two steps, and both need escaping:
/// <list type="number">
/// <item>The DOT lexer turns <c>\"</c> into <c>"</c> and leaves every other character alone
/// (so a string ending in a lone backslash would swallow its closing quote).</item>
/// <item>Labels and tooltips are "escString"s: <c>\\</c> is a backslash, <c>\n</c> a line break, and
/// <c>\N</c>, <c>\G</c>, <c>\E</c>, <c>\T</c>, <c>\H</c>, <c>\L</c> are replaced by object names; and
/// HTML entities such as <c>&amp;amp;</c> are decoded.</item>
/// </list>
/// So backslash becomes <c>\\</c>, quote <c>\"</c>, ampersand <c>&amp;amp;</c>, a line break <c>\n</c>.
/// Braces, <c>|</c> and <c>&lt;</c> need nothing because the writer never uses record shapes or
/// HTML-like labels for user text. Non-Latin and right-to-left text is written as UTF-8 unchanged
/// (the DOT file declares <c>charset="UTF-8"</c>). Control characters are removed by <see cref="TextCleaner"/>.
/// The same escaping is used for node ids, so an id round-trips exactly and never collides.
/// </remarks>
public static class DotString
{
    /// <summary>Appends <paramref name="text"/> quoted and escaped.</summary>
    public static void Append(StringBuilder sb, string text)
    {
        ArgumentNullException.ThrowIfNull(sb);
        ArgumentNullException.ThrowIfNull(text);
        text = TextCleaner.Clean(text);
        sb.Append('"');
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var replacement = text[i] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '&' => "&amp;",
                '\n' => "\\n",
                _ => null,
            };
            if (replacement is null) continue;
            sb.Append(text, start, i - start).Append(replacement);
            start = i + 1;
        }
        sb.Append(text, start, text.Length - start).Append('"');
    }

    /// <summary>The quoted, escaped form of <paramref name="text"/>.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text?.Length + 2 ?? 2);
        Append(sb, text!);
        return sb.ToString();
    }
}
