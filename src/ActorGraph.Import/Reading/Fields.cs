using System.Globalization;
using System.Text;

namespace ActorGraph.Import.Reading;

/// <summary>Span parsing for the numeric and date fields of event data, culture-independent.</summary>
public static class Fields
{
    /// <summary>A <c>YYYYMMDD</c> date (GDELT SQLDATE), or false.</summary>
    public static bool TryParseCompactDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length != 8) return false;
        var value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9') return false;
            value = value * 10 + (c - '0');
        }
        var year = value / 10000;
        var month = value / 100 % 100;
        var day = value % 100;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>A date as event data writes it: <c>2024-05-06</c>, <c>2024/05/06</c>, <c>20240506</c>, or an
    /// ISO timestamp (<c>2024-05-06T10:00:00Z</c>, the date part is taken).</summary>
    public static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly date)
    {
        s = s.Trim().Trim('"');
        if (TryParseCompactDate(s, out date)) return true;
        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' ')) s = s[..10];
        return DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/MM/dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>An invariant-culture floating-point number.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>A non-negative integer.</summary>
    public static bool TryParseCount(ReadOnlySpan<char> s, out int value) =>
        int.TryParse(s.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value);

    /// <summary>The host of an http(s) URL without <c>www.</c> and port, or null. A plain scan, no <see cref="Uri"/>:
    /// it runs once per kept evidence event.</summary>
    public static string? HostOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var s = HostSpan(url);
        if (s.IsEmpty) return null;
        // Hosts are nearly always lower case already: one allocation, not a copy and its lowered copy.
        return IsLowerAscii(s) ? s.ToString() : s.ToString().ToLowerInvariant();
    }

    /// <summary>The host part of <paramref name="url"/> as written (<see cref="HostOf"/> lower-cases it), or empty.</summary>
    public static ReadOnlySpan<char> HostSpan(ReadOnlySpan<char> url)
    {
        var s = url.Trim();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme <= 0) return [];
        s = s[(scheme + 3)..];
        var end = s.IndexOfAny('/', '?', '#');
        if (end >= 0) s = s[..end];
        var at = s.LastIndexOf('@');
        if (at >= 0) s = s[(at + 1)..];
        var colon = s.IndexOf(':');
        if (colon >= 0) s = s[..colon];
        if (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase)) s = s[4..];
        return s;
    }

    /// <summary>True when <paramref name="s"/> is ASCII without upper-case letters (lower-casing leaves it as is).</summary>
    public static bool IsLowerAscii(ReadOnlySpan<char> s) => !s.ContainsAnyInRange('A', 'Z') && Ascii.IsValid(s);
}
