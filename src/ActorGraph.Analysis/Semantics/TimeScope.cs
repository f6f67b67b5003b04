namespace ActorGraph.Analysis.Semantics;

/// <summary>Which part of the record a question is about: the one time rule every analysis follows.</summary>
/// <remarks>
/// <para>Every fact has a date from which it is known: its own start date, else the earliest date of the sources
/// that report it (a report cannot tell of what it has not seen). A fact with an end date and no start is taken
/// to hold up to its end; a fact with no date anywhere is timeless.</para>
/// <para><b>Whole record</b> (no as-of date, not current): every fact counts; mediation processes are split into
/// current ones (still valid at the latest date on record) and past ones (ended before it), current first.</para>
/// <para><b>As of D</b>: only facts known and valid at D (known from a date on or before D, not ended before D).</para>
/// <para><b>Current</b>: as of the latest date on record (the latest start, end, outcome or source date).</para>
/// </remarks>
/// <param name="AsOf">The as-of date, or null.</param>
/// <param name="Current">True for "as of the latest date on record" (ignored when <paramref name="AsOf"/> is set).</param>
public readonly record struct TimeScope(DateOnly? AsOf = null, bool Current = false)
{
    /// <summary>The whole record.</summary>
    public static TimeScope WholeRecord => default;

    /// <summary>True when only what holds at one date counts (as-of or current).</summary>
    public bool IsPointInTime => AsOf is not null || Current;

    /// <summary>The date facts are filtered at (null for the whole record).</summary>
    public DateOnly? FilterDate(DateOnly? latest) => AsOf ?? (Current ? latest : null);

    /// <summary>The date ages and "current" are measured at: the as-of date, else the latest date on record.</summary>
    public DateOnly? Reference(DateOnly? latest) => AsOf ?? latest;

    /// <summary>"as of 2024-01-01", "current (as of 2024-06-01)" or "whole record".</summary>
    public string Describe(DateOnly? latest) =>
        AsOf is { } d ? "as of " + Iso(d)
        : Current ? "current" + (latest is { } l ? " (as of " + Iso(l) + ", the latest date on record)" : "")
        : "whole record";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
