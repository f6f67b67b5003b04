using System.Globalization;
using System.Text;

namespace ActorGraph.Core.Text;

/// <summary>Turns a name as users type it into a lookup key: case, accents and punctuation ignored.</summary>
/// <example><c>"U.S."</c> → <c>"us"</c>; <c>"Türkiye"</c> → <c>"turkiye"</c>; <c>"Al-Qassam Brigades"</c> → <c>"alqassambrigades"</c>.</example>
public static class NameKey
{
    /// <summary>The normalised key: letters and digits only, lower case, diacritics removed.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // ASCII (most ids and many names) has nothing to decompose or replace: keep letters and digits, lower-cased.
        if (System.Text.Ascii.IsValid(name)) return AsciiKey(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        }
        // Letters without a decomposition that users type plainly.
        return sb.Replace('ı', 'i').Replace("ß", "ss").Replace('ø', 'o').Replace('ł', 'l').ToString();
    }

    private static string AsciiKey(string name)
    {
        var kept = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c)) kept++;
        }
        if (kept == name.Length && !name.AsSpan().ContainsAnyInRange('A', 'Z')) return name;
        return string.Create(kept, name, static (key, name) =>
        {
            var k = 0;
            foreach (var c in name)
            {
                if (char.IsAsciiLetterOrDigit(c)) key[k++] = char.ToLowerInvariant(c);
            }
        });
    }
}
