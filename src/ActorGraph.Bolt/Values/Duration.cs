using System.Globalization;

namespace ActorGraph.Bolt;

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
