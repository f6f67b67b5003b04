using System.Globalization;

namespace ActorGraph.Bolt;

// Temporal values keep the wire fields exactly (nanosecond precision, years outside 1..9999) and
// convert to .NET types on request [§4]. A file for the family: each type is a few lines.

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

/// <summary>A time of day without time zone (struct 0x74): nanoseconds since midnight.</summary>
public sealed record LocalTime(long NanosecondOfDay)
{
    public static LocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Truncates to the 100 ns resolution of <see cref="TimeOnly"/>.</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);

    public override string ToString() => Temporals.FormatTime(NanosecondOfDay);
}

/// <summary>A time of day with a UTC offset (struct 0x54): local nanoseconds since midnight, offset seconds.</summary>
public sealed record OffsetTime(long NanosecondOfDay, int OffsetSeconds)
{
    public override string ToString() => Temporals.FormatTime(NanosecondOfDay) + Temporals.FormatOffset(OffsetSeconds);
}

/// <summary>A date and time without time zone (struct 0x64): wall-clock seconds since the epoch, nanoseconds.</summary>
public sealed record LocalDateTime(long EpochSeconds, int Nanosecond)
{
    public static LocalDateTime FromDateTime(DateTime value)
    {
        var ticks = value.Ticks - DateTime.UnixEpoch.Ticks;
        var seconds = Math.DivRem(ticks, TimeSpan.TicksPerSecond, out var rem);
        if (rem < 0) { seconds--; rem += TimeSpan.TicksPerSecond; }
        return new LocalDateTime(seconds, (int)rem * 100);
    }

    /// <summary>Truncates to 100 ns; the result has <see cref="DateTimeKind.Unspecified"/>.</summary>
    public DateTime ToDateTime() =>
        new(DateTime.UnixEpoch.Ticks + EpochSeconds * TimeSpan.TicksPerSecond + Nanosecond / 100, DateTimeKind.Unspecified);

    public override string ToString() => Temporals.FormatDateTime(EpochSeconds, Nanosecond);
}

/// <summary>An instant with a time zone. <see cref="EpochSeconds"/> is always UTC (the Bolt 5 structs
/// 0x49 and 0x69); exactly one of <see cref="OffsetSeconds"/> and <see cref="ZoneId"/> is set.</summary>
public sealed record ZonedDateTime(long EpochSeconds, int Nanosecond, int? OffsetSeconds, string? ZoneId)
{
    public static ZonedDateTime FromDateTimeOffset(DateTimeOffset value)
    {
        var utc = LocalDateTime.FromDateTime(value.UtcDateTime);
        return new ZonedDateTime(utc.EpochSeconds, utc.Nanosecond, (int)value.Offset.TotalSeconds, null);
    }

    /// <summary>The UTC offset in force at this instant (looked up in the system time-zone database for a zone id).</summary>
    public int ResolveOffsetSeconds() => OffsetSeconds ?? (int)Temporals.FindZone(ZoneId!)
        .GetUtcOffset(DateTime.UnixEpoch.AddSeconds(EpochSeconds)).TotalSeconds;

    public DateTimeOffset ToDateTimeOffset()
    {
        var utc = new LocalDateTime(EpochSeconds, Nanosecond).ToDateTime();
        var offset = TimeSpan.FromSeconds(ResolveOffsetSeconds());
        return new DateTimeOffset(utc.Ticks + offset.Ticks, offset);
    }

    public override string ToString()
    {
        var local = Temporals.FormatDateTime(EpochSeconds + (OffsetSeconds ?? 0), Nanosecond);
        return OffsetSeconds is { } o ? local + Temporals.FormatOffset(o) : $"{local}Z[{ZoneId}]";
    }
}

/// <summary>A duration (struct 0x45): months, days, seconds and nanoseconds, each kept apart as Cypher does.</summary>
public sealed record Duration(long Months, long Days, long Seconds, int Nanoseconds)
{
    public static Duration FromTimeSpan(TimeSpan value)
    {
        var seconds = Math.DivRem(value.Ticks, TimeSpan.TicksPerSecond, out var rem);
        if (rem < 0) { seconds--; rem += TimeSpan.TicksPerSecond; }
        return new Duration(0, 0, seconds, (int)rem * 100);
    }

    /// <summary>Throws <see cref="InvalidCastException"/> if months are present: a month has no fixed length.</summary>
    public TimeSpan ToTimeSpan() => Months != 0
        ? throw new InvalidCastException("A duration with months has no fixed length and cannot become a TimeSpan.")
        : TimeSpan.FromDays(Days) + TimeSpan.FromSeconds(Seconds) + TimeSpan.FromTicks(Nanoseconds / 100);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P{Months}M{Days}DT{Seconds}.{Nanoseconds:D9}S");
}

/// <summary>A spatial point: struct 0x58 (2D, <see cref="Z"/> null) or 0x59 (3D).</summary>
public sealed record Point(int Srid, double X, double Y, double? Z = null)
{
    public const int Cartesian2D = 7203;
    public const int Cartesian3D = 9157;
    public const int Wgs84 = 4326;
    public const int Wgs84_3D = 4979;

    public override string ToString() => Z is { } z
        ? string.Create(CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X}, y:{Y}, z:{z}}})")
        : string.Create(CultureInfo.InvariantCulture, $"point({{srid:{Srid}, x:{X}, y:{Y}}})");
}

internal static class Temporals
{
    public static string FormatTime(long nanosOfDay)
    {
        var seconds = Math.DivRem(nanosOfDay, 1_000_000_000L, out var nanos);
        var h = seconds / 3600; var m = seconds / 60 % 60; var s = seconds % 60;
        return nanos == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{h:D2}:{m:D2}:{s:D2}")
            : string.Create(CultureInfo.InvariantCulture, $"{h:D2}:{m:D2}:{s:D2}.{nanos:D9}");
    }

    public static string FormatOffset(int seconds)
    {
        if (seconds == 0) return "Z";
        var sign = seconds < 0 ? '-' : '+';
        var a = Math.Abs(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{a / 3600:D2}:{a / 60 % 60:D2}");
    }

    public static string FormatDateTime(long epochSeconds, int nanos)
    {
        var days = Math.DivRem(epochSeconds, 86_400L, out var secondOfDay);
        if (secondOfDay < 0) { days--; secondOfDay += 86_400; }
        return new LocalDate(days) + "T" + FormatTime(secondOfDay * 1_000_000_000L + nanos);
    }

    public static TimeZoneInfo FindZone(string zoneId)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(zoneId); }
        catch (TimeZoneNotFoundException) { throw new ProtocolException($"Unknown time zone '{zoneId}'."); }
        catch (InvalidTimeZoneException) { throw new ProtocolException($"Unreadable time zone '{zoneId}'."); }
    }
}
