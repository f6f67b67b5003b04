using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;

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
/// <remarks>A relation made by <see cref="Compact"/> (a large seed file) keeps no id string when its id is derived and no
/// evidence records: <see cref="Id"/> and <see cref="Evidence"/> are built when read, equal on every read. Equality is by
/// value: the same id, ends, kind, numbers, dates, modality and weight, the same topic list and equal evidence items.</remarks>
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
    // Null when the id is derived and not kept: the evidence table's RelationIdOf(_evidenceRow) when it names one, else
    // DerivedRelationIds.Of(Source, Kind, Target, When.Start, _repeat).
    private readonly string? _id = Id;
    private readonly int _repeat = 1;
    // The evidence records (an Evidence[]) or the table whose row _evidenceRow holds them: one field, as a large load
    // keeps millions of relations.
    private readonly object _evidence = ImmutableCollectionsMarshal.AsArray(Evidence.IsDefault ? [] : Evidence)!;
    private readonly int _evidenceRow;

    private Relation(string? id, int repeat, string source, string target, RelationKind kind, double strength, double confidence,
        DateRange when, ImmutableArray<string> topics, Modality modality, EvidenceTable? evidenceTable, int evidenceRow, int weight)
        : this(id!, source, target, kind, strength, confidence, when, topics, modality, [], weight)
    {
        _repeat = repeat;
        if (evidenceTable is not null) _evidence = evidenceTable;
        _evidenceRow = evidenceRow;
    }

    // `with` copies through here: the copy keeps its id as a string, so changing its ends, kind or dates cannot change it.
    // Every field and property of the record is copied; a new one must be added here.
    private Relation(Relation original)
    {
        _id = original.Id;
        _evidence = original._evidence;
        _evidenceRow = original._evidenceRow;
        Source = original.Source;
        Target = original.Target;
        Kind = original.Kind;
        Strength = original.Strength;
        Confidence = original.Confidence;
        When = original.When;
        Topics = original.Topics;
        Modality = original.Modality;
        Weight = original.Weight;
    }

    /// <summary>A relation that holds one object for a loaded row: with <paramref name="id"/> null its id is built when
    /// read, by the evidence table when it names one (<see cref="EvidenceTable.RelationIdOf"/>), else derived from its
    /// ends, kind and start (<see cref="DerivedRelationIds.Of"/>, the <paramref name="repeat"/>-th with that base id), and its evidence is row <paramref name="evidenceRow"/> of <paramref name="evidenceTable"/> (none when
    /// the table is null).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="repeat"/> is below 1.</exception>
    public static Relation Compact(string? id, int repeat, string source, string target, RelationKind kind, double strength,
        double confidence, DateRange when, ImmutableArray<string> topics, Modality modality, EvidenceTable? evidenceTable,
        int evidenceRow, int weight)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(repeat, 1);
        return new(id, repeat, source, target, kind, strength, confidence, when, topics, modality, evidenceTable, evidenceRow, weight);
    }

    /// <summary>Unique id within the graph (built when read for a <see cref="Compact"/> relation with a derived id).</summary>
    [JsonPropertyOrder(-1)] // first in JSON, as when the compiler declared it
    public string Id
    {
        get => _id
            ?? (_evidence as EvidenceTable)?.RelationIdOf(_evidenceRow)
            ?? DerivedRelationIds.Of(Source, Kind.Name, Target, When.Start, _repeat);
        init => _id = value;
    }

    /// <summary>Topics, never default.</summary>
    public ImmutableArray<string> Topics { get; init; } = Topics.IsDefault ? [] : Topics;

    /// <summary>Evidence, never default (built when read for a <see cref="Compact"/> relation).</summary>
    public ImmutableArray<Evidence> Evidence
    {
        get => _evidence is EvidenceTable table ? table.Of(_evidenceRow) : ImmutableCollectionsMarshal.AsImmutableArray((Evidence[])_evidence);
        init => _evidence = ImmutableCollectionsMarshal.AsArray(value.IsDefault ? [] : value)!;
    }

    /// <summary>How many evidence items there are, without building them. O(1).</summary>
    [JsonIgnore]
    public int EvidenceCount => _evidence is EvidenceTable table ? table.CountOf(_evidenceRow) : ((Evidence[])_evidence).Length;

    /// <summary>The source id of each evidence item, in order, without building the records of a <see cref="Compact"/>
    /// relation (the mediation rules read only sources, over hundreds of thousands of ties).</summary>
    public IEnumerable<string> EvidenceSourceIds()
    {
        if (_evidence is EvidenceTable table)
        {
            var count = table.CountOf(_evidenceRow);
            for (var i = 0; i < count; i++) yield return table.SourceIdOf(_evidenceRow, i);
        }
        else
        {
            foreach (var e in (Evidence[])_evidence) yield return e.SourceId;
        }
    }

    /// <summary>The sign of <see cref="Kind"/>.</summary>
    public RelationSign Sign => Kind.Sign;

    /// <summary>Equal when every property is: ids and evidence items compared by value, topics by list.</summary>
    public bool Equals(Relation? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && string.Equals(Target, other.Target, StringComparison.Ordinal)
            && Kind == other.Kind
            && Strength.Equals(other.Strength)
            && Confidence.Equals(other.Confidence)
            && When == other.When
            && Topics == other.Topics
            && Modality == other.Modality
            && Weight == other.Weight
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && EvidenceCount == other.EvidenceCount
            && Evidence.SequenceEqual(other.Evidence));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Target, Kind, When, Weight);
}
