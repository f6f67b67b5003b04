using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Mediation;

namespace ActorGraph.Import.Aggregation;

/// <summary>An import's sources, one per distinct source key, in id order, kept as the arrays the build already has
/// (keys, the first citing item's facts or draft) and the 48-bit keys of their ids, sorted: a <see cref="Source"/>
/// record is made only when one is read (a query's evidence, a seed writer), equal to the one the eager build made. A
/// large import thus keeps no record and no dictionary entry per source (docs/benchmarks/import.md, eleventh session).
/// The inference source, when processes cite it, comes first (its id sorts before every <c>src-</c> id).</summary>
/// <remarks>Made once by <see cref="EventAggregator.Build"/>, then only read, from any thread.</remarks>
public sealed class ImportSourceTable : SourceTable
{
    private readonly ImportSourceKeys _keys;
    private readonly ulong[] _idKeys;
    private readonly int[] _firstItem;
    private readonly EvidenceFacts[] _facts;
    private readonly EvidenceDraft?[]? _drafts;
    private readonly Func<string, EvidenceFacts, EvidenceDraft>? _describeEvidence;
    private readonly Func<string, EvidenceFacts, string, Source?>? _describeSource;
    private readonly bool _inference;
    // Per position after the inference source: the source's number in tie order, and its id's sort key (ascending).
    private readonly int[] _order;
    private readonly ulong[] _sorted;

    /// <summary>A table over finished arrays (not copied; they must not change afterwards).</summary>
    /// <param name="keys">Per source (numbered in tie order), its key (the URL).</param>
    /// <param name="sortKeys">Per source, its id's sort key (<see cref="SourceIds.SortKeyOf"/>); the id is made when read.</param>
    /// <param name="firstItem">Per source, the first evidence item citing it, which gives its title and date.</param>
    /// <param name="facts">Per evidence item, its facts.</param>
    /// <param name="drafts">Per evidence item, the reader's draft, or null when no item has one.</param>
    /// <param name="describeEvidence">Turns facts into drafts (the reader's; null for the generic draft).</param>
    /// <param name="describeSource">Makes a source record from facts without a draft, or null.</param>
    /// <param name="inferenceAt">-1 for no inference source; <paramref name="keys"/>' length to add it; or the number of
    /// the source whose key is the inference source's id, which it replaces (as the eager build did).</param>
    public ImportSourceTable(ImportSourceKeys keys, ulong[] sortKeys, int[] firstItem, EvidenceFacts[] facts,
        EvidenceDraft?[]? drafts, Func<string, EvidenceFacts, EvidenceDraft>? describeEvidence,
        Func<string, EvidenceFacts, string, Source?>? describeSource, int inferenceAt)
    {
        _keys = keys;
        _idKeys = sortKeys;
        _firstItem = firstItem;
        _facts = facts;
        _drafts = drafts;
        _describeEvidence = describeEvidence;
        _describeSource = describeSource;
        _inference = inferenceAt >= 0;
        var count = inferenceAt >= 0 && inferenceAt < keys.Count ? keys.Count - 1 : keys.Count;
        var order = new int[count];
        for (int s = 0, n = 0; s < keys.Count; s++)
        {
            if (s != inferenceAt) order[n++] = s;
        }
        // Stable: sources whose ids collide keep their tie order, as the eager build's stable sort left them.
        RadixOrder.SortBy(sortKeys, order);
        _order = order;
        _sorted = Array.ConvertAll(order, s => sortKeys[s]);
    }

    /// <inheritdoc />
    public override int Count => _order.Length + (_inference ? 1 : 0);

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override Source At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        if (_inference && index == 0) return InferenceSource.Source;
        var s = _order[index - (_inference ? 1 : 0)];
        var k = _firstItem[s];
        var draft = _drafts?[k];
        var key = draft?.SourceKey ?? _keys[s];
        var id = SourceIds.Format(_idKeys[s]);
        if (draft is null && _describeSource?.Invoke(key, _facts[k], id) is { } made) return made;
        var d = TieAccumulator.Draft((key, draft, _facts[k]), _describeEvidence);
        return new Source(id, d.Title, d.Publisher, d.Date, d.Url);
    }

    /// <inheritdoc />
    public override int IndexOf(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id == InferenceSource.Id) return _inference ? 0 : -1;
        if (!SourceIds.TryParse(id, out var key)) return -1;
        // The last of the equal keys: a dictionary by id keeps the later of two sources sharing an id.
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_sorted[mid] <= key) lo = mid + 1;
            else hi = mid;
        }
        return lo > 0 && _sorted[lo - 1] == key ? lo - 1 + (_inference ? 1 : 0) : -1;
    }

    /// <inheritdoc />
    /// <remarks>Builds each record once, over the cores, keeping none.</remarks>
    public override DateOnly? LatestDate()
    {
        const int chunk = 1 << 14;
        var latest = new DateOnly?[(Count + chunk - 1) / chunk];
        Parallel.For(0, latest.Length, c =>
        {
            for (var i = c * chunk; i < Math.Min(Count, (c + 1) * chunk); i++)
            {
                if (At(i).Date is { } d && (latest[c] is null || d > latest[c])) latest[c] = d;
            }
        });
        return latest.Max();
    }
}
