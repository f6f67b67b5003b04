using System.Globalization;

namespace ActorGraph.Reading.Facts;

/// <summary>A date as precise as the text gives it: a year, a month or a day.</summary>
/// <param name="Year">Year.</param>
/// <param name="Month">Month, when given.</param>
/// <param name="Day">Day, when given (then <paramref name="Month"/> is too).</param>
/// <param name="Derived">True when resolved from the report's date ("today", "Tuesday", "October 7").</param>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null, bool Derived = false)
{
    /// <summary>The full date, or null when the text gives only a year or a month (never padded).</summary>
    public DateOnly? Full => Month is { } m && Day is { } d ? new DateOnly(Year, m, d) : null;

    /// <inheritdoc />
    public override string ToString() => (Month, Day) switch
    {
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
