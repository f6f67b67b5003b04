using System.Text;

namespace ActorGraph.Export.Text;

/// <summary>Makes arbitrary user text safe to put in any output format before format-specific escaping:
/// line breaks are normalised to <c>\n</c>, tabs become spaces, other control characters and the non-characters U+FFFE and U+FFFF are dropped,
/// and unpaired UTF-16 surrogates (which no UTF-8 file can hold) become U+FFFD.</summary>
public static class TextCleaner
{
    /// <summary>The cleaned text; returns the same instance when nothing needed changing (the common case).</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (NeedsWork(c)) break;
        }
        if (i == text.Length) return text;

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else if (c == '\r')
            {
                sb.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
            }
            else if (c is '\n' or '\u2028' or '\u2029' or '\u0085')
            {
                sb.Append('\n');
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (!char.IsControl(c) && c is not ('\uFFFE' or '\uFFFF'))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool NeedsWork(char c) =>
        c < ' ' || (c >= '\u007F' && c <= '\u009F') || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF';
}
