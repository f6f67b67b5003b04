using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>Turns a tie's strength, confidence and age into a <em>distance</em> (a length for
/// shortest paths: smaller is closer). Strength and confidence are in 0..1 and mean "more is
/// stronger"; they are never used as lengths directly.</summary>
/// <remarks>
/// <code>distance = Hop + Weakness · (1 − strength · confidence) + RecencyPerYear · min(age, MaxAgeYears)</code>
/// where age is the number of years between the tie's last known date (its end, else its start) and
/// the reference date (the projection's as-of date, else the latest date in the graph); a tie with no
/// date, or dated after the reference, has age 0. With the defaults a distance lies in [1, 2 + 0.25·10]:
/// every hop costs at least <see cref="Hop"/>, so a chain of many strong ties never beats one direct
/// tie of moderate strength by accident, and hop count always matters.
/// </remarks>
/// <param name="Hop">The fixed cost of one hop; must be at least 1 (default 1).</param>
/// <param name="Weakness">How much a weak or uncertain tie adds (default 1).</param>
/// <param name="RecencyPerYear">How much each year of age adds (default 0.25).</param>
/// <param name="MaxAgeYears">Age beyond this adds nothing more (default 10).</param>
public sealed record DistanceModel(double Hop = 1.0, double Weakness = 1.0, double RecencyPerYear = 0.25, double MaxAgeYears = 10)
{
    /// <summary>The defaults described above.</summary>
    public static DistanceModel Default { get; } = new();

    /// <summary>Every tie has length 1: plain hop count.</summary>
    public static DistanceModel Hops { get; } = new(1, 0, 0, 0);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a parameter is out of range.</summary>
    public void Validate()
    {
        if (!(Hop >= 1) || double.IsInfinity(Hop)) throw new ArgumentOutOfRangeException(nameof(Hop), Hop, "the hop cost must be a finite number ≥ 1");
        if (!(Weakness >= 0) || double.IsInfinity(Weakness)) throw new ArgumentOutOfRangeException(nameof(Weakness), Weakness, "must be a finite number ≥ 0");
        if (!(RecencyPerYear >= 0) || double.IsInfinity(RecencyPerYear)) throw new ArgumentOutOfRangeException(nameof(RecencyPerYear), RecencyPerYear, "must be a finite number ≥ 0");
        if (!(MaxAgeYears >= 0) || double.IsInfinity(MaxAgeYears)) throw new ArgumentOutOfRangeException(nameof(MaxAgeYears), MaxAgeYears, "must be a finite number ≥ 0");
    }

    /// <summary>A tie's strength times confidence, clamped to 0..1: what "strong" means (bigger is stronger).</summary>
    public static double StrengthOf(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Math.Clamp(relation.Strength, 0, 1) * Math.Clamp(relation.Confidence, 0, 1);
    }

    /// <summary>Age in years of <paramref name="when"/> at <paramref name="reference"/> (0 when undated or in the future).</summary>
    public static double AgeYears(DateRange when, DateOnly? reference)
    {
        var last = when.End ?? when.Start;
        if (reference is not { } r || last is not { } l || l >= r) return 0;
        return (r.DayNumber - l.DayNumber) / 365.25;
    }

    /// <summary>The distance of <paramref name="relation"/> at <paramref name="reference"/> (always ≥ <see cref="Hop"/>).</summary>
    public double DistanceOf(Relation relation, DateOnly? reference)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return DistanceAt(relation, AgeYears(relation.When, reference));
    }

    /// <summary>The distance of <paramref name="relation"/> when it is <paramref name="ageYears"/> old (always ≥ <see cref="Hop"/>).</summary>
    public double DistanceAt(Relation relation, double ageYears)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Hop + Weakness * (1 - StrengthOf(relation)) + RecencyPerYear * Math.Min(ageYears, MaxAgeYears);
    }
}
