using System.Collections.Immutable;

namespace ActorGraph.Core.Model;

/// <summary>A typed tie between two actors.</summary>
/// <param name="Id">Unique id within the graph.</param>
/// <param name="Source">Actor id at the tail (the one who acts, for a directed kind).</param>
/// <param name="Target">Actor id at the head.</param>
/// <param name="Kind">What the tie is; its sign and direction come from the kind.</param>
/// <param name="Strength">Intensity of the tie in 0..1 (1 = the strongest). A strength, not a distance.</param>
/// <param name="Confidence">How sure the source is, in 0..1.</param>
/// <param name="When">When the tie held.</param>
/// <param name="Topics">What it was about ("ceasefire", "prisoner-exchange").</param>
/// <param name="Modality">Reported, claimed, hoped for or denied.</param>
/// <param name="Evidence">Where it comes from.</param>
/// <param name="Weight">How many underlying events were aggregated into this tie (1 for a hand-coded fact).</param>
public sealed record Relation(
    string Id,
    string Source,
    string Target,
    RelationKind Kind,
    double Strength,
    double Confidence,
    DateRange When,
    ImmutableArray<string> Topics,
    Modality Modality,
    ImmutableArray<Evidence> Evidence,
    int Weight = 1)
{
    /// <summary>Topics, never default.</summary>
    public ImmutableArray<string> Topics { get; init; } = Topics.IsDefault ? [] : Topics;

    /// <summary>Evidence, never default.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = Evidence.IsDefault ? [] : Evidence;

    /// <summary>The sign of <see cref="Kind"/>.</summary>
    public RelationSign Sign => Kind.Sign;
}
