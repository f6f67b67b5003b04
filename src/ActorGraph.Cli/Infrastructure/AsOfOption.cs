using System.CommandLine;
using System.Globalization;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The <c>--as-of DATE</c> option: only what was valid on that date counts.</summary>
public static class AsOfOption
{
    /// <summary>A new <c>--as-of</c> option; rejects anything but <c>YYYY-MM-DD</c> with a clear message.</summary>
    public static Option<DateOnly?> Create() => new("--as-of")
    {
        Description = "Only facts known and valid on this date (YYYY-MM-DD); an undated fact is known from its\n" +
                      "source's date. Default: the whole record (current processes first, then past ones).",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (TryParse(text, out var date)) return date;
            result.AddError($"--as-of: '{text}' is not a date; use YYYY-MM-DD, e.g. 2024-12-01");
            return null;
        },
    };

    /// <summary>Parses an ISO calendar date strictly.</summary>
    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
