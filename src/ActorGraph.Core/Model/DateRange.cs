namespace ActorGraph.Core.Model;

/// <summary>When something held: from <see cref="Start"/> to <see cref="End"/>, both inclusive and optional.</summary>
/// <remarks>A point event (a meeting on one day) has a <see cref="Start"/> and no <see cref="End"/>: it
/// happened then and stays part of the record afterwards. An <see cref="End"/> closes a tie or
/// process (a ceasefire that collapsed, an alliance that ended).</remarks>
public readonly record struct DateRange(DateOnly? Start, DateOnly? End)
{
    /// <summary>No dates known: valid at every date.</summary>
    public static DateRange Always => default;

    /// <summary>True when the range holds at <paramref name="asOf"/>; every range holds when it is null.</summary>
    public bool Contains(DateOnly? asOf) =>
        asOf is not { } d || ((Start is null || Start <= d) && (End is null || d <= End));

    /// <inheritdoc />
    public override string ToString() => (Start, End) switch
    {
        (null, null) => "",
        ({ } s, null) => s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        (null, { } e) => "until " + e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ({ } s, { } e) => s == e
            ? s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : s.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".." + e.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
