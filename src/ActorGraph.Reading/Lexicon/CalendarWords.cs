using System.Collections.Frozen;

namespace ActorGraph.Reading.Lexicon;

/// <summary>The names of the months and of the days of the week, lower case, written once for every rule that must tell
/// a date from a name ("March", "May" and "August" are also names; "Monday Party" is no party). A rule that reads one of
/// them adds its own words beside it.</summary>
internal static class CalendarWords
{
    /// <summary>"january" ... "december": the twelve months, spelled out.</summary>
    public static FrozenSet<string> Months { get; } = new[]
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"monday" ... "sunday": the seven days of the week.</summary>
    public static FrozenSet<string> Weekdays { get; } = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.Ordinal);
}
