namespace ActorGraph.Bolt;

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
