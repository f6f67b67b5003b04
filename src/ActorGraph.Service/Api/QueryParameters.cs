using System.Globalization;

namespace ActorGraph.Service.Api;

/// <summary>Strict parsing of query-string values, with messages that say what is expected.
/// Endpoints take raw strings and parse here, so that a bad value gets a clear 400 rather than a bare one.</summary>
public static class QueryParameters
{
    /// <summary>An ISO date (<c>YYYY-MM-DD</c>) or null when absent.</summary>
    public static DateOnly? Date(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw ApiProblem.BadParameter(name, $"'{text}' is not a date; use YYYY-MM-DD, e.g. 2024-12-01");
    }

    /// <summary>A whole number in <paramref name="min"/>..<paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public static int Int(string name, string? text, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw ApiProblem.BadParameter(name, $"'{text}' is not a whole number; use {min}..{max}");
        if (value < min || value > max)
            throw ApiProblem.BadParameter(name, $"{value} is out of range; use {min}..{max}");
        return value;
    }

    /// <summary>A number in <paramref name="min"/>..<paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public static double Double(string name, string? text, double fallback, double min, double max)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (!double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            throw ApiProblem.BadParameter(name, $"'{text}' is not a number; use {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
        if (value < min || value > max)
            throw ApiProblem.BadParameter(name, $"{value.ToString(CultureInfo.InvariantCulture)} is out of range; use {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
        return value;
    }

    /// <summary><c>true</c>/<c>false</c> (also <c>1</c>/<c>0</c>), or <paramref name="fallback"/> when absent.</summary>
    public static bool Bool(string name, string? text, bool fallback)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return text.Trim().ToUpperInvariant() switch
        {
            "TRUE" or "1" or "YES" => true,
            "FALSE" or "0" or "NO" => false,
            _ => throw ApiProblem.BadParameter(name, $"'{text}' is not true or false"),
        };
    }

    /// <summary>A required value.</summary>
    public static string Required(string name, string? text) =>
        string.IsNullOrWhiteSpace(text) ? throw ApiProblem.BadParameter(name, "is required") : text.Trim();

    /// <summary>One of <paramref name="choices"/> (case ignored, <c>_</c> read as <c>-</c>), or <paramref name="fallback"/> when absent.</summary>
    public static string Choice(string name, string? text, string fallback, IReadOnlyList<string> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var wanted = text.Trim().Replace('_', '-');
        foreach (var choice in choices)
        {
            if (string.Equals(choice, wanted, StringComparison.OrdinalIgnoreCase)) return choice;
        }
        var near = Core.Text.Suggestions.Closest(wanted, choices, 2);
        var hint = near.Count > 0 ? $"; did you mean {string.Join(" or ", near)}?" : "";
        throw ApiProblem.BadParameter(name, $"'{text}' is not one of {string.Join(", ", choices)}{hint}");
    }
}
