using System.CommandLine;
using System.Globalization;

namespace ActorGraph.Cli.Commands.Import;

/// <summary>Day-based durations for <c>--window</c> and <c>--triangle-window</c>: <c>1d</c>, <c>7d</c>, <c>2w</c>, or a number of days.</summary>
public static class WindowOption
{
    /// <summary>A new option with a default in days.</summary>
    public static Option<int> Create(string name, int defaultDays, string description) => new(name)
    {
        Description = description,
        HelpName = "Nd|Nw",
        DefaultValueFactory = _ => defaultDays,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (TryParseDays(text, out var days)) return days;
            result.AddError($"{name}: '{text}' is not a duration; use days or weeks, e.g. 1d, 7d, 2w");
            return defaultDays;
        },
    };

    /// <summary>Parses <c>Nd</c>, <c>Nw</c> or <c>N</c> (days), N from 1 to 3660.</summary>
    public static bool TryParseDays(string text, out int days)
    {
        days = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim().ToLowerInvariant();
        var factor = 1;
        if (text.EndsWith('w')) { factor = 7; text = text[..^1]; }
        else if (text.EndsWith('d')) { text = text[..^1]; }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n * factor > 3660) return false;
        days = n * factor;
        return true;
    }
}
