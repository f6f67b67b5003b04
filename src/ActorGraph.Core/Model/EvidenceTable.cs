using System.Collections.Immutable;

namespace ActorGraph.Core.Model;

/// <summary>The evidence of many relations kept compactly (for example the evidence columns of a large CSV file in a
/// few large arrays) and built into <see cref="Evidence"/> records only when a relation's evidence is read. A relation
/// made with <see cref="Relation.Compact"/> holds a table and its row instead of an array of records, which spares a
/// loaded graph several small objects per relation. A table must not change a row once a relation refers to it, and
/// must be safe to read from several threads.</summary>
public abstract class EvidenceTable
{
    /// <summary>How many evidence items row <paramref name="row"/> has, without building them. O(1).</summary>
    public abstract int CountOf(int row);

    /// <summary>The evidence items of row <paramref name="row"/>, built anew (equal records on every call).</summary>
    public abstract ImmutableArray<Evidence> Of(int row);

    /// <summary>The source id of item <paramref name="item"/> of row <paramref name="row"/>, without building the row's
    /// records (a table that keeps source ids apart should override this: inference reads only sources).</summary>
    public virtual string SourceIdOf(int row, int item) => Of(row)[item].SourceId;

    /// <summary>The id of the relation that refers to row <paramref name="row"/>, for a loader whose relations' ids follow
    /// its own scheme (an importer's <c>tag--from--to--yyyyMMdd</c>) and are built when read instead of kept; null (the
    /// default) when the relation's id is derived by <see cref="DerivedRelationIds"/>. Equal strings on every call.</summary>
    public virtual string? RelationIdOf(int row) => null;
}
