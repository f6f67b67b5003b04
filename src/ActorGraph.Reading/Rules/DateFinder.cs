using System.Globalization;
using System.Text.RegularExpressions;
using ActorGraph.Reading.Facts;

namespace ActorGraph.Reading.Rules;

/// <summary>Finds dates in a sentence: full dates ("October 26, 2025", "26 October 2025", "2025-10-26"),
/// months ("September of 1905"), years ("in 1904", "1904–05"), and dates relative to the report's date
/// ("today", "yesterday", a weekday, a month and day without a year, "in April"; a month after the report's is in the
/// year before, unless a deadline or schedule points forward: "by August 8"). Without a report date, relative
/// dates are left out: nothing is guessed. Partial dates stay partial.</summary>
internal static partial class DateFinder
{
    private const string Month = "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b|\b(?<mn>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b|\b(?<d>\d{1,2})\s+(?<mn>" + Month + @")\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\b(?<mn>" + Month + @")\s+(?:of\s+)?(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<mn>" + Month + @")\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"(?<![\d,.])(?<y>1[89]\d{2}|20\d{2})(?:\s*[–-]\s*(?<y2>\d{2,4}))?(?!\d|,\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:in|since|from|until|by|early|late|mid-|end of|beginning of)\s+(?<mn>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*(?:of\s+)?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"\b(?<w>today|yesterday|tonight|this morning|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    public static List<DateMention> Find(string sentence, DateOnly? reportDate)
    {
        var found = new List<DateMention>();
        bool Taken(int at, int until) => found.Any(f => at < f.Until && f.At < until);
        foreach (Match m in FullDate().Matches(sentence))
        {
            var month = MonthNumber(m.Groups["mn"].Success ? m.Groups["mn"].Value : null, m.Groups["m"].Value);
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month.Value))
                found.Add(new DateMention(new PartialDate(year, month, day) { Written = m.Value }, null, m.Index, m.Index + m.Length));
        }
        foreach (Match m in MonthYear().Matches(sentence))
        {
            if (Taken(m.Index, m.Index + m.Length)) continue;
            found.Add(new DateMention(new PartialDate(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["mn"].Value, "")) { Written = m.Value }, null, m.Index, m.Index + m.Length));
        }
        foreach (Match m in MonthDay().Matches(sentence))
        {
            if (Taken(m.Index, m.Index + m.Length) || reportDate is not { } report) continue;
            var month = MonthNumber(m.Groups["mn"].Value, "")!.Value;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            var notAfter = (month, day).CompareTo((report.Month, report.Day)) <= 0;
            var year = IsForward(sentence, m.Index)
                ? ((month, day).CompareTo((report.Month, report.Day)) >= 0 ? report.Year : report.Year + 1)
                : (notAfter ? report.Year : report.Year - 1);
            if (day <= DateTime.DaysInMonth(year, month))
                found.Add(new DateMention(new PartialDate(year, month, day, Derived: true) { Written = m.Value }, null, m.Index, m.Index + m.Length));
        }
        foreach (Match m in Year().Matches(sentence))
        {
            if (Taken(m.Index, m.Index + m.Length)) continue;
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            PartialDate? end = null;
            if (m.Groups["y2"].Success)
            {
                var tail = m.Groups["y2"].Value;
                var endYear = tail.Length == 2 ? year / 100 * 100 + int.Parse(tail, CultureInfo.InvariantCulture) : int.Parse(tail, CultureInfo.InvariantCulture);
                if (endYear > year && endYear - year < 50) end = new PartialDate(endYear);
            }
            found.Add(new DateMention(new PartialDate(year) { Written = m.Value }, end, m.Index, m.Index + m.Length));
        }
        if (reportDate is { } date)
        {
            foreach (Match m in Relative().Matches(sentence))
            {
                if (Taken(m.Index, m.Index + m.Length)) continue;
                var resolved = Resolve(m.Groups["w"].Value.ToLowerInvariant(), date);
                found.Add(new DateMention(new PartialDate(resolved.Year, resolved.Month, resolved.Day, Derived: true) { Written = m.Value }, null, m.Index, m.Index + m.Length));
            }
            // "broke out in April": the latest such month not after the report's month; the day stays unknown.
            foreach (Match m in MonthOnly().Matches(sentence))
            {
                var g = m.Groups["mn"];
                if (Taken(g.Index, g.Index + g.Length)) continue;
                var month = MonthNumber(g.Value, "")!.Value;
                var year = IsForward(sentence, g.Index)
                    ? (month >= date.Month ? date.Year : date.Year + 1)
                    : (month <= date.Month ? date.Year : date.Year - 1);
                found.Add(new DateMention(new PartialDate(year, month, Derived: true) { Written = g.Value }, null, g.Index, g.Index + g.Length));
            }
        }
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found;
    }

    /// <summary>A deadline or a schedule ("by August 8", "until March", "scheduled for June 2"): the date is then the
    /// next such day on or after the report's (later this year, or next year), not the last one before it.</summary>
    private static bool IsForward(string sentence, int at) => Deadline().IsMatch(sentence.AsSpan(Math.Max(0, at - 40), at - Math.Max(0, at - 40)));

    [GeneratedRegex(@"\b(?:by|until|till|no later than|deadline(?:\s+(?:of|on|is))?|scheduled\s+(?:for|on)|due\s+(?:on|by)|set\s+for|expected\s+(?:on|by)|next|on or before)\s+(?:early\s+|mid-?\s*|late\s+|the end of\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    /// <summary>The date mention nearest to a character offset, or null.</summary>
    public static DateMention? Nearest(IReadOnlyList<DateMention> dates, int at) =>
        dates.Count == 0 ? null : dates.MinBy(d => Math.Min(Math.Abs(d.At - at), Math.Abs(d.Until - at)));

    private static DateOnly Resolve(string word, DateOnly report)
    {
        if (word == "yesterday") return report.AddDays(-1);
        if (Enum.TryParse<DayOfWeek>(word, ignoreCase: true, out var weekday))
        {
            var back = ((int)report.DayOfWeek - (int)weekday + 7) % 7;
            return report.AddDays(-back);
        }
        return report;
    }

    private static int? MonthNumber(string? name, string digits)
    {
        if (string.IsNullOrEmpty(name)) return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        var key = name.TrimEnd('.')[..3].ToLowerInvariant();
        var index = Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], key);
        return index >= 0 ? index + 1 : null;
    }
}
