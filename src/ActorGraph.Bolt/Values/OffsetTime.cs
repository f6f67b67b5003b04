namespace ActorGraph.Bolt;

/// <summary>A time of day with a UTC offset (struct 0x54): local nanoseconds since midnight, offset seconds.</summary>
public sealed record OffsetTime(long NanosecondOfDay, int OffsetSeconds)
{
    public override string ToString() => Temporals.FormatTime(NanosecondOfDay) + Temporals.FormatOffset(OffsetSeconds);
}
