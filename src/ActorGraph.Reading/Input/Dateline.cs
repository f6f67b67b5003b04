using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Input;

/// <summary>The publication date from a plain-text report's header zone: the short lines (title, byline,
/// "Published 10 March 2023", "Updated: 2023-03-10") before the first body paragraph, or a wire dateline
/// opening that paragraph ("BEIRUT, March 10 (Reuters) -", whose year must come from the header zone).
/// Dates inside the story are never taken.</summary>
internal static partial class Dateline
{
    private const int ZoneLines = 10;
    private const int BodyWords = 16;
    private const string Month = @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2}) " + Month + @",? (?<y>(?:19|20)\d{2})\b|\b" + Month + @" (?<d>\d{1,2})(?:st|nd|rd|th)?,? (?<y>(?:19|20)\d{2})\b|(?<!\d)(?<y>(?:19|20)\d{2})-(?<mm>\d{2})-(?<d>\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();

    [GeneratedRegex(@"^[A-Z][A-Z.'’ -]{1,40}(?:, [A-Za-z.' ]{2,30})?, " + Month + @" (?<d>\d{1,2}) \([\w .&]{2,30}\) ?[-–—]", RegexOptions.CultureInvariant)]
    private static partial Regex WireDateline();

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?:published|updated|posted|date[d]?|last modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateWord();

    /// <summary>The date and where it was found (line number counted from <paramref name="firstLine"/>), or null.</summary>
    public static (DateOnly Date, string From)? Find(LineSource lines, int firstLine)
    {
        var zone = new List<(string Text, int Line)>();
        string? body = null;
        var bodyLine = 0;
        for (var i = 0; i < ZoneLines && lines.PeekAt(i) is { } line; i++)
        {
            var text = line.Trim();
            if (text.Length == 0) continue;
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= BodyWords) { body = text; bodyLine = firstLine + i + 1; break; }
            zone.Add((text, firstLine + i + 1));
        }
        foreach (var (text, line) in zone.OrderBy(z => DateWord().IsMatch(z.Text) ? 0 : 1))
        {
            if (FullDate().Match(text) is { Success: true } m && ToDate(m, null) is { } date) return (date, $"the line \"{Short(text)}\" (line {line})");
        }
        if (body is not null && WireDateline().Match(body) is { Success: true } wire)
        {
            var years = zone.SelectMany(z => Year().Matches(z.Text)).Select(y => y.Value).Distinct().ToList();
            if (years.Count == 1 && ToDate(wire, int.Parse(years[0], CultureInfo.InvariantCulture)) is { } dated)
                return (dated, $"the dateline \"{Short(wire.Value)}\" (line {bodyLine}) with the year from the header");
        }
        return null;
    }

    private static DateOnly? ToDate(Match m, int? year)
    {
        var y = year ?? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mm"].Success ? int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture) : MonthOf(m.Groups["m"].Value);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
    }

    private static int MonthOf(string name) =>
        Array.FindIndex(CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames, a => a.Length > 0 && name.StartsWith(a, StringComparison.OrdinalIgnoreCase)) + 1;

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
