using System.Globalization;

namespace ActorGraph.Import.Reading;

/// <summary>Titles for sources that event data names only by URL: the host and the date make a title an
/// analyst can cite and find again ("reuters.com, 2024-05-14"), where "Report on reuters.com" says nothing.</summary>
public static class SourceTitles
{
    /// <summary>"host, YYYY-MM-DD", or "News report, YYYY-MM-DD" without a host.</summary>
    public static string ForUrl(string? host, DateOnly date) =>
        $"{host ?? "News report"}, {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
