using ActorGraph.Core.Model;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Aggregation;

/// <summary>A finished tie with the day numbers the relation record does not keep, for the triangle finder; <see cref="Row"/>
/// is its relation's row in the import's <see cref="ImportEvidenceTable"/>.</summary>
internal sealed record AggregatedTie(
    int Source,
    int Target,
    EventMapping Mapping,
    int FirstDay,
    int LastDay,
    int Count,
    Relation Relation,
    int Row)
{
    /// <summary>The tie's evidence (built when read: only the few ties a process cites are read).</summary>
    public IReadOnlyList<Evidence> Evidence => Relation.Evidence;

    /// <summary>The source id of each evidence item, without building the records (<see cref="Relation.EvidenceSourceIds"/>).</summary>
    public IEnumerable<string> SourceIds => Relation.EvidenceSourceIds();

    /// <summary>The 48-bit key of each evidence item's source id, read from <paramref name="evidence"/> (the table of
    /// <see cref="Row"/>): keys correspond to ids one to one and order as they do, without making the strings.</summary>
    public IEnumerable<ulong> SourceKeysIn(ImportEvidenceTable evidence)
    {
        var count = Relation.EvidenceCount;
        for (var j = 0; j < count; j++) yield return evidence.SourceIdKeyOf(Row, j);
    }
}
