using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Mediation;

/// <summary>Ties of one actor pair sorted by first day, with the longest span, for window probes by binary search.</summary>
internal sealed class SortedTies
{
    private readonly List<AggregatedTie> _items = [];
    private int _longest;
    private long _events;
    private bool _sorted;

    public List<AggregatedTie> Items
    {
        get
        {
            if (!_sorted)
            {
                _items.Sort((x, y) => x.FirstDay.CompareTo(y.FirstDay));
                _sorted = true;
            }
            return _items;
        }
    }

    /// <summary>Days the longest tie lasts, last day minus first.</summary>
    public int Longest => _longest;

    /// <summary>Events (sum of counts) of all the ties.</summary>
    public long Events => _events;

    public void Add(AggregatedTie tie)
    {
        _items.Add(tie);
        _longest = Math.Max(_longest, tie.LastDay - tie.FirstDay);
        _events += tie.Count;
        _sorted = false;
    }

    /// <summary>Ties whose days come within <paramref name="window"/> days of [first, last]. O(log n + k).</summary>
    public IEnumerable<AggregatedTie> Near(int first, int last, int window)
    {
        var items = Items;
        for (var i = StartOf(first, window); i < items.Count && items[i].FirstDay <= last + window; i++)
        {
            if (IsNear(items[i], first, last, window)) yield return items[i];
        }
    }

    /// <summary>The events (sum of counts) of the ties <see cref="Near"/> would give, without allocating.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int EventsNear(int first, int last, int window)
    {
        var items = Items;
        var events = 0;
        for (var i = StartOf(first, window); i < items.Count && items[i].FirstDay <= last + window; i++)
        {
            if (IsNear(items[i], first, last, window)) events += items[i].Count;
        }
        return events;
    }

    /// <summary><see cref="Sightings.AtLeast"/> of the ties <see cref="Near"/> would give, reading each item's source as the
    /// 48-bit key its id spells (<see cref="ImportEvidenceTable.SourceIdKeyOf"/>) instead of making the id string: the same
    /// answer (ids and keys correspond one to one), without a set, an iterator or a string per probe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SeenAtLeast(int first, int last, int window, int enough, ImportEvidenceTable evidence)
    {
        var items = Items;
        long unsourced = 0;
        // Distinct (source key, day) sightings; few are needed before the answer is known, so a short list is searched.
        var seen = new List<(ulong Source, DateOnly? Day)>(4);
        for (var i = StartOf(first, window); i < items.Count && items[i].FirstDay <= last + window; i++)
        {
            var tie = items[i];
            if (!IsNear(tie, first, last, window)) continue;
            var relation = tie.Relation;
            var count = relation.EvidenceCount;
            if (count == 0) unsourced += relation.Weight;
            else
            {
                var day = relation.When.Start ?? relation.When.End;
                for (var j = 0; j < count; j++)
                {
                    var sighting = (evidence.SourceIdKeyOf(tie.Row, j), day);
                    if (!seen.Contains(sighting)) seen.Add(sighting);
                }
            }
            if (unsourced + seen.Count >= enough) return true;
        }
        return unsourced + seen.Count >= enough;
    }

    /// <summary>True when a tie (of <paramref name="kind"/>, when given) comes within <paramref name="window"/> days
    /// of [first, last]: <see cref="Near"/> without allocating.</summary>
    public bool AnyNear(int first, int last, int window, RelationKind? kind)
    {
        var items = Items;
        for (var i = StartOf(first, window); i < items.Count && items[i].FirstDay <= last + window; i++)
        {
            if (IsNear(items[i], first, last, window) && (kind is null || items[i].Mapping.Kind == kind)) return true;
        }
        return false;
    }

    /// <summary>The first index whose tie could be within <paramref name="window"/> days of a span starting on
    /// <paramref name="first"/>: no tie lasts longer than the longest, so earlier starts end too early.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int StartOf(int first, int window)
    {
        var items = Items;
        var lo = 0;
        var hi = items.Count;
        var from = first - window - _longest;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (items[mid].FirstDay < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when <paramref name="tie"/> is at most <paramref name="window"/> days from [first, last].</summary>
    public static bool IsNear(AggregatedTie tie, int first, int last, int window) =>
        Gap(tie.FirstDay, tie.LastDay, first, last) <= window;

    /// <summary>Ties that start on or after <paramref name="day"/>.</summary>
    public IEnumerable<AggregatedTie> From(int day) => Items.Where(t => t.LastDay >= day);

    private static int Gap(int firstA, int lastA, int firstB, int lastB) =>
        Math.Max(0, Math.Max(firstA, firstB) - Math.Min(lastA, lastB));
}
