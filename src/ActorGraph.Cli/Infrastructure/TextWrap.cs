namespace ActorGraph.Cli.Infrastructure;

/// <summary>Fits text to a column width on word boundaries: wrapped onto more lines, or cut with an
/// ellipsis, never in the middle of a word (a single word wider than the column is the one exception,
/// cut with an ellipsis).</summary>
public static class TextWrap
{
    /// <summary>The lines of <paramref name="text"/> wrapped at spaces to at most <paramref name="width"/> characters.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = word.Length > width ? Truncate(word, width) : word;
            if (line.Length == 0) line = piece;
            else if (line.Length + 1 + piece.Length <= width) line += " " + piece;
            else { lines.Add(line); line = piece; }
        }
        lines.Add(line);
        return lines;
    }

    /// <summary><paramref name="text"/> cut to at most <paramref name="width"/> characters at the last space
    /// that leaves room for an ellipsis; unchanged when it fits.</summary>
    public static string Truncate(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        if (text.Length <= width) return text;
        var cut = text.LastIndexOf(' ', width - 1);
        var keep = cut > width / 3 ? text[..cut].TrimEnd(' ', ',', ';', ':') : text[..(width - 1)];
        return keep + "…";
    }
}
