using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorGraph.Reading.Input;

/// <summary>Metadata from a report's header lines (<c># title: ...</c>, <c># date: 2022-04-01</c>) or an HTML head.</summary>
internal sealed partial class ReportHeader
{
    [GeneratedRegex(@"^#\s*(?<key>[A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    public string? Title { get; set; }
    public DateOnly? Date { get; set; }

    /// <summary>Where the date came from, for the review ("the `# date:` header", a dateline line).</summary>
    public string? DateFrom { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }

    /// <summary>Reads one header line; false when the line is not one.</summary>
    public bool TryRead(string line)
    {
        var m = HeaderLine().Match(line);
        if (!m.Success) return false;
        var value = m.Groups["value"].Value.Trim();
        switch (m.Groups["key"].Value.Trim().ToLowerInvariant())
        {
            case "title": Title ??= value; break;
            case "publisher": Publisher ??= value; break;
            case "url": Url ??= FirstUrl(value); break;
            case "date":
                Date ??= value.Length >= 10 && char.IsDigit(value[0]) ? ParseDate(value[..10]) : null;
                if (Date is not null) DateFrom ??= "the `# date:` header";
                break;
        }
        return true;
    }

    /// <summary>A date in ISO form anywhere in <paramref name="value"/>, or null ("not stated").</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var m = IsoDate().Match(value);
        return m.Success && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private static string? FirstUrl(string value)
    {
        var first = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is not null && Uri.TryCreate(first, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? first : null;
    }
}
