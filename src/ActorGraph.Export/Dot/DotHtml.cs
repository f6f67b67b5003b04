using System.Text;
using ActorGraph.Export.Text;

namespace ActorGraph.Export.Dot;

/// <summary>Escapes text for a Graphviz HTML-like label (<c>label=&lt;...&gt;</c>): after
/// <see cref="TextCleaner"/>, <c>&amp; &lt; &gt; "</c> become entities and line breaks become <c>&lt;BR/&gt;</c>,
/// so user text can never open a tag or end the label.</summary>
internal static class DotHtml
{
    public static string Escape(string text)
    {
        var clean = TextCleaner.Clean(text);
        var sb = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\n': sb.Append("<BR/>"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
