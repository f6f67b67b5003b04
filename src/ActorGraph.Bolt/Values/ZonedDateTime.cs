namespace ActorGraph.Bolt;

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
