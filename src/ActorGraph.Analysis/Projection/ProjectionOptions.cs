using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>Which relations of a graph become edges, and how long each edge is.</summary>
/// <param name="AsOf">Only relations whose <see cref="Relation.When"/> contains this date count; null = all.</param>
/// <param name="Signs">Which signs count (default cooperative only: the channels of mediation).</param>
/// <param name="IncludeHostile">Adds hostile ties to <see cref="Signs"/> (for "how are they connected at all").</param>
/// <param name="MinConfidence">Relations with a lower confidence are left out (default 0: keep all).</param>
/// <param name="Modalities">Which modalities count; null = reported and claimed (hoped-for and denied ties are not facts).</param>
/// <param name="Kinds">When set, only relations of these kind names count (on top of <see cref="Signs"/>).</param>
/// <param name="Traversal">How directed kinds become arcs.</param>
/// <param name="Distance">How a tie becomes a distance; null = <see cref="DistanceModel.Default"/>.</param>
public sealed record ProjectionOptions(
    DateOnly? AsOf = null,
    SignSet Signs = SignSet.Cooperative,
    bool IncludeHostile = false,
    double MinConfidence = 0,
    IReadOnlySet<Modality>? Modalities = null,
    IReadOnlySet<string>? Kinds = null,
    Traversal Traversal = Traversal.CooperativeBothWays,
    DistanceModel? Distance = null)
{
    private static readonly HashSet<Modality> FactModalities = [Modality.Reported, Modality.Claimed];

    /// <summary>The cooperative layer, directed cooperative kinds both ways: what paths and mediators use.</summary>
    public static ProjectionOptions Paths { get; } = new();

    /// <summary>The signs that actually count: <see cref="Signs"/> plus hostile when asked.</summary>
    public SignSet EffectiveSigns => IncludeHostile ? Signs | SignSet.Hostile : Signs;

    /// <summary>The distance model in use.</summary>
    public DistanceModel EffectiveDistance => Distance ?? DistanceModel.Default;

    /// <summary>The modalities in use.</summary>
    public IReadOnlySet<Modality> EffectiveModalities => Modalities ?? FactModalities;

    /// <summary>True when <paramref name="relation"/> passes every filter (sign, kind, date, confidence, modality).</summary>
    public bool Admits(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return EffectiveSigns.Has(relation.Kind.Sign)
               && (Kinds is null || Kinds.Contains(relation.Kind.Name))
               && relation.When.Contains(AsOf)
               && relation.Confidence >= MinConfidence
               && EffectiveModalities.Contains(relation.Modality);
    }

    /// <summary>True when a relation of this kind gives an arc from target back to source too.</summary>
    public bool BothWays(RelationKind kind)
    {
        ArgumentNullException.ThrowIfNull(kind);
        return !kind.Directed || Traversal switch
        {
            Traversal.Undirected => true,
            Traversal.CooperativeBothWays => kind.Sign == RelationSign.Cooperative,
            _ => false,
        };
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (!(MinConfidence >= 0 && MinConfidence <= 1)) throw new ArgumentOutOfRangeException(nameof(MinConfidence), MinConfidence, "must be in 0..1");
        EffectiveDistance.Validate();
    }
}
