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

    /// <summary>The first day the date can mean: the day itself, else the month's or the year's first day.</summary>
    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date can mean: the day itself, else the month's or the year's last day.</summary>
    public DateOnly Last => Month is not { } m ? new DateOnly(Year, 12, 31) : new DateOnly(Year, m, Day ?? DateTime.DaysInMonth(Year, m));

    /// <summary>What is unknown, for notes: "day unknown", "month and day unknown", or "" for a full date.</summary>
    public string Precision => (Month, Day) switch { (null, _) => "month and day unknown", (_, null) => "day unknown", _ => "" };

    /// <summary>The date as the text writes it ("September of 1905", "in 1904", "Tuesday"), when known.</summary>
    public string? Written { get; init; }

    /// <inheritdoc />
    public override string ToString() => (Month, Day) switch
    {
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
