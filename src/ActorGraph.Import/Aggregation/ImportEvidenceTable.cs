using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Mapping;

namespace ActorGraph.Import.Aggregation;

/// <summary>The kept evidence and the ids of an import's relations, one row per relation, in a few large arrays: per
/// evidence item the index of its source and the compact facts (or the reader's draft) it was kept as; per distinct
/// source its key and id; per row its tie key. <see cref="Evidence"/> records, their locators and notes, and relation
/// ids are built when read, equal to the ones the eager build made (the reader's describe function is deterministic and
/// thread-safe). A large import thus keeps one object per relation instead of five (relation, id, evidence array, item,
/// locator), which is most of what the garbage collector copied (docs/benchmarks/import.md).</summary>
/// <remarks>Made once by <see cref="EventAggregator.Build"/>, then only read, from any thread.</remarks>
internal sealed class ImportEvidenceTable : EvidenceTable
{
    private readonly int[] _starts;
    private readonly int[] _itemSource;
    private readonly int[] _itemOf;
    private readonly EvidenceFacts[] _facts;
    private readonly EvidenceDraft?[]? _drafts;
    private readonly ImportSourceKeys _sourceKeys;
    private readonly ulong[] _sourceIdKeys;
    private readonly Func<string, EvidenceFacts, EvidenceDraft>? _describe;
    private readonly TieKey[] _keys;
    private readonly string[] _actorIds;
    private readonly int _windowDays;

    /// <summary>A table over finished arrays (not copied; they must not change afterwards).</summary>
    /// <param name="starts">Row r's items are <c>starts[r]..starts[r + 1]</c>; one more entry than rows.</param>
    /// <param name="itemSource">Per item, its source's position in <paramref name="sourceKeys"/> and <paramref name="sourceIdKeys"/>.</param>
    /// <param name="itemOf">Per item (in row order), its number in <paramref name="facts"/> and <paramref name="drafts"/>: the
    /// aggregator's own columns, read in place (a 1M-row import copied ~35 MB of facts into row order before).</param>
    /// <param name="facts">By item number, the facts it was kept as (unused where <paramref name="drafts"/> has a draft).</param>
    /// <param name="drafts">By item number, the reader's draft, or null when no item has one.</param>
    /// <param name="sourceKeys">Per source, what identifies it (the URL).</param>
    /// <param name="sourceIdKeys">Per source, its id's sort key (<see cref="SourceIds.SortKeyOf"/>): ids are made when read.</param>
    /// <param name="describe">Turns facts into drafts (the reader's; null for the generic draft).</param>
    /// <param name="keys">Per row, its tie's key, from which the relation id is made.</param>
    /// <param name="actorIds">Actor ids by the aggregator's actor index.</param>
    /// <param name="windowDays">The aggregation window in days.</param>
    public ImportEvidenceTable(int[] starts, int[] itemSource, int[] itemOf, EvidenceFacts[] facts, EvidenceDraft?[]? drafts, ImportSourceKeys sourceKeys,
        ulong[] sourceIdKeys, Func<string, EvidenceFacts, EvidenceDraft>? describe, TieKey[] keys, string[] actorIds, int windowDays)
    {
        _starts = starts;
        _itemSource = itemSource;
        _itemOf = itemOf;
        _facts = facts;
        _drafts = drafts;
        _sourceKeys = sourceKeys;
        _sourceIdKeys = sourceIdKeys;
        _describe = describe;
        _keys = keys;
        _actorIds = actorIds;
        _windowDays = windowDays;
    }

    /// <inheritdoc />
    public override int CountOf(int row) => _starts[row + 1] - _starts[row];

    /// <inheritdoc />
    public override ImmutableArray<Evidence> Of(int row)
    {
        var start = _starts[row];
        var items = new Evidence[_starts[row + 1] - start];
        for (var j = 0; j < items.Length; j++)
        {
            var k = start + j;
            var source = _itemSource[k];
            var item = _itemOf[k];
            var draft = _drafts?[item] ?? TieAccumulator.Draft((_sourceKeys[source], null, _facts[item]), _describe);
            items[j] = new Evidence(SourceIds.Format(_sourceIdKeys[source]), draft.Locator, draft.Note);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <inheritdoc />
    public override string SourceIdOf(int row, int item) => SourceIds.Format(_sourceIdKeys[_itemSource[_starts[row] + item]]);

    /// <summary>The 48-bit key that <see cref="SourceIdOf"/>'s id spells (<see cref="SourceIds.Format"/>), without the string.</summary>
    public ulong SourceIdKeyOf(int row, int item) => _sourceIdKeys[_itemSource[_starts[row] + item]];

    /// <inheritdoc />
    public override string RelationIdOf(int row)
    {
        var key = _keys[row];
        return RelationIds.For(EventMappings.All[key.Mapping].Tag, _actorIds[key.Source], _actorIds[key.Target],
            DateOnly.FromDayNumber(key.Window * _windowDays));
    }
}
