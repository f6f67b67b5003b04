using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Mediation;

/// <summary>Ties of one actor pair sorted by first day, with the longest span, for window probes by binary search.</summary>
internal sealed class SortedTies
{
    private readonly List<AggregatedTie> _items = [];
    private int _longest;
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

    public void Add(AggregatedTie tie)
    {
        _items.Add(tie);
        _longest = Math.Max(_longest, tie.LastDay - tie.FirstDay);
        _sorted = false;
    }

    /// <summary>Ties whose days come within <paramref name="window"/> days of [first, last]. O(log n + k).</summary>
    public IEnumerable<AggregatedTie> Near(int first, int last, int window)
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
        for (var i = lo; i < items.Count && items[i].FirstDay <= last + window; i++)
        {
            if (Gap(items[i].FirstDay, items[i].LastDay, first, last) <= window) yield return items[i];
        }
    }

    /// <summary>Ties that start on or after <paramref name="day"/>.</summary>
    public IEnumerable<AggregatedTie> From(int day) => Items.Where(t => t.LastDay >= day);

    private static int Gap(int firstA, int lastA, int firstB, int lastB) =>
        Math.Max(0, Math.Max(firstA, firstB) - Math.Min(lastA, lastB));
}
