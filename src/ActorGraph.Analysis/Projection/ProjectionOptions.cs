using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Projection;

/// <summary>Which relations of a graph become edges, and how long each edge is.</summary>
/// <param name="AsOf">Only facts known and valid on this date count (see <see cref="TimeScope"/>); null = the whole record.</param>
/// <param name="Signs">Which signs count (default cooperative only: the channels of contact, see <see cref="TieMeaning.IsChannel"/>;
/// an agreed ceasefire is an outcome, not a channel, so it is left out unless <see cref="Kinds"/> names it).</param>
/// <param name="IncludeHostile">Adds hostile ties to <see cref="Signs"/> (for "how are they connected at all").</param>
/// <param name="MinConfidence">Relations with a lower confidence are left out (default 0: keep all).</param>
/// <param name="Modalities">Which modalities count; null = reported and claimed (hoped-for and denied ties are not facts).</param>
/// <param name="Kinds">When set, only relations of these kind names count (on top of <see cref="Signs"/>).</param>
/// <param name="Traversal">How directed kinds become arcs.</param>
/// <param name="Distance">How a tie becomes a distance; null = <see cref="DistanceModel.Default"/>.</param>
/// <param name="Current">Only what holds at the latest date on record (ignored when <paramref name="AsOf"/> is set).</param>
/// <param name="IncludeProcesses">Adds the mediator–party channels of mediation processes as cooperative <c>mediates</c>
/// ties (default true): a process is a channel between each mediator and each party while it holds.</param>
public sealed record ProjectionOptions(
    DateOnly? AsOf = null,
    SignSet Signs = SignSet.Cooperative,
    bool IncludeHostile = false,
    double MinConfidence = 0,
    IReadOnlySet<Modality>? Modalities = null,
    IReadOnlySet<string>? Kinds = null,
    Traversal Traversal = Traversal.CooperativeBothWays,
    DistanceModel? Distance = null,
    bool Current = false,
    bool IncludeProcesses = true)
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

    /// <summary>The time scope these options ask for.</summary>
    public TimeScope Scope => new(AsOf, Current);

    /// <summary>True when <paramref name="relation"/> passes every filter (sign, kind, its own dates, confidence, modality).
    /// The analyses use <see cref="Admits(SemanticIndex, int)"/>, which also knows undated facts from their sources' dates.</summary>
    public bool Admits(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return AdmitsIgnoringDate(relation) && relation.When.Contains(AsOf);
    }

    /// <summary>True when relation number <paramref name="r"/> of <paramref name="index"/> passes every filter under the one
    /// time rule (<see cref="TimeScope"/>); channels count only when <see cref="IncludeProcesses"/>.</summary>
    public bool Admits(SemanticIndex index, int r)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (r >= index.OwnRelations && !IncludeProcesses) return false;
        return AdmitsIgnoringDate(index.RelationAt(r)) && index.HoldsAt(r, Scope.FilterDate(index.LatestDate));
    }

    /// <summary>True when relation number <paramref name="r"/> is a fact in scope whatever its sign: date (the one time
    /// rule), confidence, modality, and <see cref="Kinds"/> when set. What camps are built from.</summary>
    public bool AdmitsFact(SemanticIndex index, int r)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (r >= index.OwnRelations && !IncludeProcesses) return false;
        var relation = index.RelationAt(r);
        return (Kinds is null || Kinds.Contains(relation.Kind.Name))
               && relation.Confidence >= MinConfidence
               && EffectiveModalities.Contains(relation.Modality)
               && index.HoldsAt(r, Scope.FilterDate(index.LatestDate));
    }

    private bool AdmitsIgnoringDate(Relation relation) =>
        EffectiveSigns.Has(relation.Kind.Sign)
        && (Kinds is null ? relation.Kind.Sign != RelationSign.Cooperative || TieMeaning.IsChannel(relation.Kind) : Kinds.Contains(relation.Kind.Name))
        && relation.Confidence >= MinConfidence
        && EffectiveModalities.Contains(relation.Modality);

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
