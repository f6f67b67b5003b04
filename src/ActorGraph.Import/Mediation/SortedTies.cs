using System.Runtime.CompilerServices;
using ActorGraph.Core.Model;
using ActorGraph.Import.Aggregation;

namespace ActorGraph.Import.Mediation;

/// <summary>Ties of one actor pair sorted by first day, with the longest span, for window probes by binary search.</summary>
/// <remarks>The list holds tie numbers (positions in <paramref name="all"/>, the import's ties the index reads, kept as
/// values in relation order), not ties: four bytes per entry and no object per tie, and a pair's ties of one kind lie
/// next to each other in <paramref name="all"/>, so a probe reads nearby memory.</remarks>
internal sealed class SortedTies(AggregatedTie[] all)
{
    // Most pairs have one tie: the list starts with room for one. An array and a count rather than a List<int>, so that a
    // probe reads a span of it without a call into the framework's generic code (which ran as tier-0 code in profiles).
    private int[] _items = new int[1];
    private int _count;
    private int _longest;
    private long _events;
    private bool _sorted;

    /// <summary>The tie numbers in first-day order (sorted on first use; sorted once before concurrent reads).</summary>
    public ReadOnlySpan<int> Numbers
    {
        get
        {
            if (!_sorted)
            {
                var ties = all;
                // The same introsort as List<int>.Sort with a comparison, so ties with equal first days keep their order.
                // Most lists come in first-day order already (ties are numbered by window within a kind): those are left
                // as they are when the sort could not change them either (up to 16 items it is an insertion sort, which
                // moves no item of a sorted list; above, only when no two first days are equal).
                if (!InOrder(ties, _items.AsSpan(0, _count), allowEqual: _count <= 16))
                    _items.AsSpan(0, _count).Sort((x, y) => ties[x].FirstDay.CompareTo(ties[y].FirstDay));
                _sorted = true;
            }
            return new ReadOnlySpan<int>(_items, 0, _count);
        }
    }

    /// <summary>True when the first days of <paramref name="numbers"/>' ties never decrease (never repeat, unless
    /// <paramref name="allowEqual"/>).</summary>
    private static bool InOrder(AggregatedTie[] ties, ReadOnlySpan<int> numbers, bool allowEqual)
    {
        for (var i = 1; i < numbers.Length; i++)
        {
            var previous = ties[numbers[i - 1]].FirstDay;
            var day = ties[numbers[i]].FirstDay;
            if (day < previous || (day == previous && !allowEqual)) return false;
        }
        return true;
    }

    /// <summary>The ties of <see cref="Numbers"/>, in first-day order.</summary>
    public IEnumerable<AggregatedTie> Items
    {
        get
        {
            _ = Numbers;
            for (var k = 0; k < _count; k++) yield return all[_items[k]];
        }
    }

    /// <summary>The ties the numbers refer to.</summary>
    public AggregatedTie[] All => all;

    /// <summary>Days the longest tie lasts, last day minus first.</summary>
    public int Longest => _longest;

    /// <summary>Events (sum of counts) of all the ties.</summary>
    public long Events => _events;

    public void Add(int number)
    {
        ref readonly var tie = ref all[number];
        if (_count == _items.Length) Array.Resize(ref _items, 2 * _count);
        _items[_count++] = number;
        _longest = Math.Max(_longest, tie.LastDay - tie.FirstDay);
        _events += tie.Count;
        _sorted = false;
    }

    /// <summary>Ties whose days come within <paramref name="window"/> days of [first, last]. O(log n + k).</summary>
    public IEnumerable<AggregatedTie> Near(int first, int last, int window)
    {
        _ = Numbers;
        for (var i = StartOf(first, window); i < _count && all[_items[i]].FirstDay <= last + window; i++)
        {
            var tie = all[_items[i]];
            if (IsNear(in tie, first, last, window)) yield return tie;
        }
    }

    /// <summary>True when the ties <see cref="Near"/> would give hold at least <paramref name="enough"/> events: their
    /// counts summed, stopped as soon as the sum reaches <paramref name="enough"/> (counts are positive, so it only grows).
    /// The scan starts at <paramref name="start"/>, <see cref="StartOf(int, int, int)"/>'s answer for <paramref name="first"/>.
    /// The triangle rules ask only whether a stretch has two hostile events.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool EventsAtLeast(int start, int first, int last, int window, int enough)
    {
        var numbers = Numbers;
        var ties = all;
        var events = 0L;
        for (var i = start; i < numbers.Length; i++)
        {
            ref readonly var tie = ref ties[numbers[i]];
            if (tie.FirstDay > last + window) break;
            if (IsNear(in tie, first, last, window) && (events += tie.Count) >= enough) return true;
        }
        return events >= enough;
    }

    /// <summary><see cref="Sightings.AtLeast"/> of the ties <see cref="Near"/> would give, reading each item's source as the
    /// 48-bit key its id spells (<see cref="ImportEvidenceTable.SourceIdKeyOf"/>) instead of making the id string: the same
    /// answer (ids and keys correspond one to one), without a set, an iterator or a string per probe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool SeenAtLeast(int first, int last, int window, int enough, ImportEvidenceTable evidence)
    {
        var numbers = Numbers;
        var ties = all;
        long unsourced = 0;
        // Distinct (source key, day) sightings; few are needed before the answer is known, so a short list is searched.
        // One list per thread, reused (probes run over the cores): a new one per probe was ~40 MB per 1M rows.
        var seen = t_seen ??= new List<(ulong Source, DateOnly? Day)>(4);
        seen.Clear();
        for (var i = StartOf(first, window); i < numbers.Length; i++)
        {
            ref readonly var tie = ref ties[numbers[i]];
            if (tie.FirstDay > last + window) break;
            if (!IsNear(in tie, first, last, window)) continue;
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

    [ThreadStatic] private static List<(ulong Source, DateOnly? Day)>? t_seen;

    /// <summary>True when a tie (of <paramref name="kind"/>, when given) comes within <paramref name="window"/> days
    /// of [first, last]: <see cref="Near"/> without allocating.</summary>
    public bool AnyNear(int first, int last, int window, RelationKind? kind)
    {
        var numbers = Numbers;
        var ties = all;
        for (var i = StartOf(first, window); i < numbers.Length; i++)
        {
            ref readonly var tie = ref ties[numbers[i]];
            if (tie.FirstDay > last + window) break;
            if (IsNear(in tie, first, last, window) && (kind is null || tie.Mapping.Kind == kind)) return true;
        }
        return false;
    }

    /// <summary>The first index whose tie could be within <paramref name="window"/> days of a span starting on
    /// <paramref name="first"/>: no tie lasts longer than the longest, so earlier starts end too early.</summary>
    public int StartOf(int first, int window) => StartOf(first, window, 0);

    /// <summary><see cref="StartOf(int, int)"/> searched from <paramref name="lowest"/> on: the answer for an earlier (or the
    /// same) <paramref name="first"/>, or 0. A caller probing in first-day order narrows each search by the last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int StartOf(int first, int window, int lowest)
    {
        var numbers = Numbers;
        var ties = all;
        var lo = lowest;
        var hi = numbers.Length;
        var from = first - window - _longest;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (ties[numbers[mid]].FirstDay < from) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>True when <paramref name="tie"/> is at most <paramref name="window"/> days from [first, last].</summary>
    public static bool IsNear(in AggregatedTie tie, int first, int last, int window) =>
        Gap(tie.FirstDay, tie.LastDay, first, last) <= window;

    /// <summary>Ties that start on or after <paramref name="day"/>.</summary>
    public IEnumerable<AggregatedTie> From(int day) => Items.Where(t => t.LastDay >= day);

    private static int Gap(int firstA, int lastA, int firstB, int lastB) =>
        Math.Max(0, Math.Max(firstA, firstB) - Math.Min(lastA, lastB));
}
