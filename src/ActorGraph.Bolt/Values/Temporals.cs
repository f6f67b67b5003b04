using System.Globalization;

namespace ActorGraph.Bolt;

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
