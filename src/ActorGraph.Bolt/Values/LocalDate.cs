using System.Globalization;

namespace ActorGraph.Bolt;

// Temporal values keep the wire fields exactly (nanosecond precision, years outside 1..9999) and
// convert to .NET types on request [§4].

/// <summary>A date without time zone (struct 0x44): days since 1970-01-01.</summary>
public sealed record LocalDate(long EpochDay)
{
    private static readonly long DayNumberOfEpoch = new DateOnly(1970, 1, 1).DayNumber;

    public static LocalDate FromDateOnly(DateOnly date) => new(date.DayNumber - DayNumberOfEpoch);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> outside years 1..9999.</summary>
    public DateOnly ToDateOnly() => DateOnly.FromDayNumber(checked((int)(EpochDay + DayNumberOfEpoch)));

    public override string ToString() => EpochDay is >= -719_162 and <= 2_932_896
        ? ToDateOnly().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"date(epochDay={EpochDay})");
}
