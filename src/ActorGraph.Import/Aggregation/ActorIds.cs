using System.Globalization;
using System.Text;

namespace ActorGraph.Import.Aggregation;

/// <summary>Deterministic kebab-case actor ids ([a-z0-9-]) from CAMEO actor codes or from names.</summary>
public static class ActorIds
{
    /// <summary>A CAMEO actor code split into its three-letter parts: <c>USAGOV</c> → <c>usa-gov</c>,
    /// <c>PSEREB</c> → <c>pse-reb</c>, <c>IGOUNO</c> → <c>igo-uno</c>. Other characters are dropped.
    /// Returns an empty string when nothing is left.</summary>
    public static string FromCameoCode(ReadOnlySpan<char> code)
    {
        var sb = new StringBuilder(code.Length + code.Length / 3);
        var inSegment = 0;
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c)) continue;
            if (inSegment == 3)
            {
                sb.Append('-');
                inSegment = 0;
            }
            sb.Append(char.ToLowerInvariant(c));
            inSegment++;
        }
        return sb.ToString();
    }

    /// <summary>A name in kebab case, accents removed: <c>"Citizen (Egypt)"</c> → <c>citizen-egypt</c>,
    /// <c>"Türkiye"</c> → <c>turkiye</c>. Returns an empty string when no letter or digit is left.</summary>
    public static string FromName(ReadOnlySpan<char> name)
    {
        var decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingDash = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>A display name from an upper-case event-data name: <c>UNITED STATES</c> → <c>United States</c>.
    /// Mixed-case names are kept as they are.</summary>
    public static string DisplayName(ReadOnlySpan<char> name)
    {
        var trimmed = name.Trim();
        var hasLower = false;
        foreach (var c in trimmed) if (char.IsLower(c)) { hasLower = true; break; }
        var s = trimmed.ToString();
        return hasLower ? s : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(s.ToLowerInvariant());
    }
}
