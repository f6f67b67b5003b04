using ActorGraph.Core.Model;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Aggregation;

/// <summary>A finished tie with the day numbers the relation record does not keep, for the triangle finder; <see cref="Row"/>
/// is its relation's row in the import's <see cref="ImportEvidenceTable"/>.</summary>
/// <remarks>A value, not an object: the triangle index keeps its ties inline in its sorted lists, so a window probe reads
/// days and counts from contiguous memory instead of following one reference per tie, and an import makes no object per
/// tie it reads. Two ties are equal when they are the same row of the same import (as the record class they replace).</remarks>
internal readonly struct AggregatedTie(
    int source,
    int target,
    EventMapping mapping,
    int firstDay,
    int lastDay,
    int count,
    Relation relation,
    int row) : IEquatable<AggregatedTie>
{
    public int Source { get; } = source;
    public int Target { get; } = target;
    public EventMapping Mapping { get; } = mapping;
    public int FirstDay { get; } = firstDay;
    public int LastDay { get; } = lastDay;
    public int Count { get; } = count;
    public Relation Relation { get; } = relation;
    public int Row { get; } = row;

    /// <summary>The tie's evidence (built when read: only the few ties a process cites are read).</summary>
    public IReadOnlyList<Evidence> Evidence => Relation.Evidence;

    /// <summary>The source id of each evidence item, without building the records (<see cref="Relation.EvidenceSourceIds"/>).</summary>
    public IEnumerable<string> SourceIds => Relation.EvidenceSourceIds();

    /// <summary>The 48-bit key of each evidence item's source id, read from <paramref name="evidence"/> (the table of
    /// <see cref="Row"/>): keys correspond to ids one to one and order as they do, without making the strings.</summary>
    public IEnumerable<ulong> SourceKeysIn(ImportEvidenceTable evidence)
    {
        var count = Relation.EvidenceCount;
        var row = Row;
        for (var j = 0; j < count; j++) yield return evidence.SourceIdKeyOf(row, j);
    }

    public bool Equals(AggregatedTie other) => Row == other.Row && ReferenceEquals(Relation, other.Relation);

    public override bool Equals(object? obj) => obj is AggregatedTie other && Equals(other);

    public override int GetHashCode() => Row;

    public static bool operator ==(AggregatedTie left, AggregatedTie right) => left.Equals(right);

    public static bool operator !=(AggregatedTie left, AggregatedTie right) => !left.Equals(right);
}
