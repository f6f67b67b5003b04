namespace ActorGraph.Bolt;

/// <summary>A time of day without time zone (struct 0x74): nanoseconds since midnight.</summary>
public sealed record LocalTime(long NanosecondOfDay)
{
    public static LocalTime FromTimeOnly(TimeOnly time) => new(time.Ticks * 100);

    /// <summary>Truncates to the 100 ns resolution of <see cref="TimeOnly"/>.</summary>
    public TimeOnly ToTimeOnly() => new(NanosecondOfDay / 100);

    public override string ToString() => Temporals.FormatTime(NanosecondOfDay);
}
