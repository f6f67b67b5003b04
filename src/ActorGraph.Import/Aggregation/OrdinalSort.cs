using System.Runtime.CompilerServices;

namespace ActorGraph.Import.Aggregation;

/// <summary>Sorting in <see cref="StringComparer.Ordinal"/> order by two integers: the first 16 characters packed 8 bits
/// each, the full ordinal comparison only on a tie. A character above 254 packs as 255 and ends the packing (the rest
/// is zero), so that two keys alike up to such a character tie and are compared in full: clamping alone, as the sort
/// key before this did, put "ğ-" after "中0" (a test caught it; source ids are ASCII, so no import was affected). A million
/// source ids (<c>src-</c> and 12 hex digits) are then ordered without comparing a string.</summary>
public static class OrdinalSort
{
    /// <summary>Sorts <paramref name="items"/> in place in <see cref="StringComparer.Ordinal"/> order of their keys:
    /// a radix sort of the two packed integers (<see cref="RadixOrder"/>), then the full comparison only within runs
    /// whose packed integers are equal. Items with equal keys keep their order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Sort<T>(T[] items, Func<T, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(keyOf);
        var keys = new string[items.Length];
        var high = new ulong[items.Length];
        var low = new ulong[items.Length];
        var order = new int[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = keyOf(items[i]);
            (high[i], low[i]) = Pack(keys[i]);
            order[i] = i;
        }
        RadixOrder.SortBy(low, order);
        RadixOrder.SortBy(high, order);
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && high[order[end]] == high[order[start]] && low[order[end]] == low[order[start]]) end++;
            if (end - start > 1)
            {
                var run = order.AsSpan(start, end - start);
                var ordered = run.ToArray().OrderBy(p => keys[p], StringComparer.Ordinal).ToArray();
                ordered.CopyTo(run);
            }
            start = end;
        }
        var sorted = Array.ConvertAll(order, p => items[p]);
        sorted.CopyTo(items, 0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong High, ulong Low) Pack(string s)
    {
        ulong high = 0, low = 0;
        var open = true;
        for (var i = 0; i < 16; i++)
        {
            var c = open && i < s.Length ? Math.Min(s[i], (char)255) : 0u;
            open &= c != 255;
            if (i < 8) high = (high << 8) | c;
            else low = (low << 8) | c;
        }
        return (high, low);
    }
}
