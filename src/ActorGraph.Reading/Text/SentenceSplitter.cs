using System.Collections.Frozen;

namespace ActorGraph.Reading.Text;

/// <summary>Splits a paragraph into sentences at ., ! or ? followed by a space and an upper-case letter,
/// digit or quote, except after known abbreviations and initials; and at line breaks between short lines
/// (signature blocks, lists), while hard-wrapped prose lines are kept together.</summary>
/// <remarks>O(n) in the paragraph length.</remarks>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "gen", "maj", "lt", "col", "capt", "sgt", "adm", "gov", "sen", "rep", "st", "no",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "etc", "inc",
        "ltd", "jr", "sr", "prof", "rev", "hon", "pres", "amb", "approx", "dept", "e.g", "i.e", "u.s", "u.n", "u.k",
        // Honorifics of official texts, always followed by a name: "H.E." (His/Her Excellency), "H.H." (His Highness),
        // "H.M." (His Majesty), "H.R.H." (His Royal Highness).
        "h.e", "h.h", "h.m", "h.r.h",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int ShortLine = 60;

    /// <summary>The sentences of <paramref name="paragraph"/> with their offsets in it.</summary>
    public static IEnumerable<(int Start, string Text)> Split(string paragraph)
    {
        var start = 0;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c == '\n')
            {
                if (LineBreakEndsSentence(paragraph, start, i))
                {
                    foreach (var s in Emit(paragraph, start, i)) yield return s;
                    start = i + 1;
                }
                continue;
            }
            if (c is not ('.' or '!' or '?')) continue;
            var next = i + 1;
            while (next < paragraph.Length && paragraph[next] is '"' or '”' or '’' or '\'' or ')') next++;
            if (next >= paragraph.Length) break;
            if (paragraph[next] is not (' ' or '\t')) continue;
            var after = next;
            while (after < paragraph.Length && paragraph[after] is ' ' or '\t') after++;
            if (after >= paragraph.Length) break;
            var n = paragraph[after];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '‘' or '\'' or '(' or '-' or '—')) continue;
            if (c == '.' && IsAbbreviation(paragraph, i)) continue;
            foreach (var s in Emit(paragraph, start, next)) yield return s;
            start = after;
        }
        foreach (var s in Emit(paragraph, start, paragraph.Length)) yield return s;
    }

    private static bool LineBreakEndsSentence(string text, int sentenceStart, int newline)
    {
        var lineStart = newline > 0 ? text.LastIndexOf('\n', newline - 1) + 1 : 0;
        if (lineStart < sentenceStart) lineStart = sentenceStart;
        var lineLength = newline - lineStart;
        var nextStart = newline + 1;
        if (nextStart >= text.Length) return true;
        var nextChar = text[nextStart];
        var previous = newline > 0 ? text[newline - 1] : '.';
        if (previous is '.' or '!' or '?' or ':' or ';') return true;
        if (nextChar is '-' or '*' or '•') return true;
        return lineLength < ShortLine && char.IsUpper(nextChar);
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.')) start--;
        var word = text[start..dot];
        // An initial: "Donald J. Trump"; not the last letter of a slashed acronym ("the SPLM/A. Khartoum ...").
        if (word.Length == 1 && char.IsUpper(word[0])) return start == 0 || text[start - 1] != '/';
        return Abbreviations.Contains(word);
    }

    private static IEnumerable<(int, string)> Emit(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) yield return (start, text[start..end]);
    }
}
