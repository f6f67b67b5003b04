using System.Globalization;

namespace ActorGraph.Import.Datasets;

/// <summary>A date as mediation data sets give it, with what is unknown kept unknown: <c>6//1998</c> is June
/// 1998 (day unknown), <c>2/??/04</c> February 2004, <c>1998</c> a year. Never filled in by a guess: it is
/// an interval of possible days (<see cref="Earliest"/>..<see cref="Latest"/>) with its precision.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, or null when unknown.</param>
/// <param name="Day">The day, or null when unknown.</param>
/// <param name="Text">The text as the data set wrote it.</param>
public readonly record struct PartialDate(int Year, int? Month, int? Day, string Text)
{
    /// <summary>Two-digit years below this are 20xx, the rest 19xx (<c>04</c> → 2004, <c>97</c> → 1997): the
    /// data sets of this kind cover 1945 to today.</summary>
    public const int TwoDigitPivot = 30;

    /// <summary>The first day it can be.</summary>
    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day it can be.</summary>
    public DateOnly Latest => Day is { } d ? new(Year, Month!.Value, d)
        : Month is { } m ? new DateOnly(Year, m, 1).AddMonths(1).AddDays(-1)
        : new(Year, 12, 31);

    /// <summary>True when the day is known.</summary>
    public bool IsExact => Day is not null;

    /// <summary>"1998-06-14", "1998-06 (day unknown)", "1998 (month and day unknown)".</summary>
    public string Describe() => Day is not null ? Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Month is { } m ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2} (day unknown)")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4} (month and day unknown)");

    /// <summary>Reads ISO (<c>1998-06-14</c>, <c>1998-06</c>, <c>1998</c>) and month/day/year with slashes
    /// (<c>6/14/1998</c>, <c>6//1998</c>, <c>2/??/04</c>, <c>??/??/1998</c>); day/month/year where the first part
    /// cannot be a month (<c>23/01/2005</c>); a time after the date is ignored. Empty, <c>NA</c>, <c>-</c>, <c>.</c>
    /// and <c>?</c> are no date (<paramref name="date"/> null, returns true). False for text that is not a date.</summary>
    public static bool TryParse(string? text, out PartialDate? date)
    {
        date = null;
        var s = (text ?? "").Trim();
        if (s.Length == 0 || s is "NA" or "N/A" or "n/a" or "-" or "." or "?" or "??" or "unknown" or "Unknown") return true;
        // A spreadsheet's date-time ("2005-01-09 00:00:00", "1/9/2005 0:00"): the time says nothing here.
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && s[(space + 1)..].Contains(':', StringComparison.Ordinal)) s = s[..space];
        string?[] parts;
        bool iso;
        if (s.Contains('/'))
        {
            parts = s.Split('/');
            iso = false;
            if (parts.Length != 3) return false;
        }
        else
        {
            parts = s.Split('-');
            iso = true;
            if (parts.Length is < 1 or > 3) return false;
        }
        string? yearText, monthText, dayText;
        if (iso) (yearText, monthText, dayText) = (parts[0], parts.Length > 1 ? parts[1] : null, parts.Length > 2 ? parts[2] : null);
        else (monthText, dayText, yearText) = (parts[0], parts[1], parts[2]);
        // A day-first date (23/01/2005, as European spreadsheets write PA-X's dates) only where it cannot be
        // month-first: the first part is over 12 and the second is a month.
        if (!iso && int.TryParse(monthText, NumberStyles.None, CultureInfo.InvariantCulture, out var first) && first > 12
            && int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out var second) && second is >= 1 and <= 12)
        {
            (monthText, dayText) = (dayText, monthText);
        }

        if (!TryNumber(yearText, out var year) || year is null) return false;
        if (yearText!.Trim().Length <= 2) year += year < TwoDigitPivot ? 2000 : 1900;
        if (!TryNumber(monthText, out var month) || !TryNumber(dayText, out var day)) return false;
        if (month is < 1 or > 12 || year is < 1 or > 9999) return false;
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value))) return false;
        date = new PartialDate(year.Value, month, day, s);
        return true;
    }

    /// <summary>A number, or null for an unknown part (empty, <c>?</c>, <c>??</c>, <c>xx</c>).</summary>
    private static bool TryNumber(string? text, out int? value)
    {
        value = null;
        var t = (text ?? "").Trim();
        if (t.Length == 0 || t.All(c => c is '?' or 'x' or 'X')) return true;
        if (!int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        value = n;
        return true;
    }
}
