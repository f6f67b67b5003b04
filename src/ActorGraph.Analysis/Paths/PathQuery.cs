using ActorGraph.Analysis.Projection;

namespace ActorGraph.Analysis.Paths;

/// <summary>What <see cref="PathFinder"/> should look for.</summary>
/// <param name="K">How many paths, at most (1..100).</param>
/// <param name="MaxHops">Longest path in hops, or null for no limit.</param>
/// <param name="IncludeHostile">Lets hostile ties serve as links (never by default: they are not channels).</param>
/// <param name="AsOf">Only ties valid on this date; null = all.</param>
/// <param name="Distance">How ties become distances; null = <see cref="DistanceModel.Default"/>.</param>
/// <param name="Current">Only ties that hold at the latest date on record (ignored when <paramref name="AsOf"/> is set).</param>
public sealed record PathQuery(int K = 3, int? MaxHops = null, bool IncludeHostile = false, DateOnly? AsOf = null, DistanceModel? Distance = null,
    bool Current = false)
{
    /// <summary>Largest accepted <see cref="K"/>.</summary>
    public const int MaxK = 100;

    /// <summary>The projection this query runs on: channels of contact, mediation processes included (plus hostile ties
    /// when asked), directed kinds both ways.</summary>
    public ProjectionOptions ToProjection() => new(AsOf: AsOf, IncludeHostile: IncludeHostile, Distance: Distance, Current: Current);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for an out-of-range parameter.</summary>
    public void Validate()
    {
        if (K is < 1 or > MaxK) throw new ArgumentOutOfRangeException(nameof(K), K, $"k must be between 1 and {MaxK}");
        if (MaxHops is < 1) throw new ArgumentOutOfRangeException(nameof(MaxHops), MaxHops, "max hops must be at least 1");
        Distance?.Validate();
    }
}
