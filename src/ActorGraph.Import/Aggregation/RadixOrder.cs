using System.Runtime.CompilerServices;

namespace ActorGraph.Import.Aggregation;

/// <summary>Stable least-significant-digit radix sort of positions by 64-bit keys, for the import's two large sorts
/// (ties by relation-id order, sources by id).</summary>
/// <remarks>An import runs once per process: the framework's generic sorts over the import's own key types start as
/// unoptimised tier-0 code and are compiled again while they run; this loop is compiled optimised at once and does no
/// comparison at all. Cost: O(n) per byte of the key that is not the same in every key (bytes equal in all keys are
/// skipped), so at most 8 passes over n positions, with one n-sized buffer.</remarks>
public static class RadixOrder
{
    /// <summary>Reorders <paramref name="order"/> (positions into <paramref name="keys"/>) stably by the key at each
    /// position, smallest first. Sorting by a second key and then by a first gives (first, second) order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void SortBy(ReadOnlySpan<ulong> keys, int[] order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Length < 2) return;
        // One pass counts every byte position's digits; a byte with one value in all keys needs no pass.
        var counts = new int[8 * 256];
        foreach (var p in order)
        {
            var key = keys[p];
            for (var b = 0; b < 8; b++) counts[(b << 8) | (int)((key >> (8 * b)) & 0xFF)]++;
        }
        var buffer = new int[order.Length];
        var from = order;
        var to = buffer;
        var offsets = new int[256];
        for (var b = 0; b < 8; b++)
        {
            var digits = counts.AsSpan(b << 8, 256);
            if (digits.Contains(order.Length)) continue;
            var sum = 0;
            for (var d = 0; d < 256; d++)
            {
                offsets[d] = sum;
                sum += digits[d];
            }
            var shift = 8 * b;
            foreach (var p in from) to[offsets[(int)((keys[p] >> shift) & 0xFF)]++] = p;
            (from, to) = (to, from);
        }
        if (!ReferenceEquals(from, order)) from.CopyTo(order, 0);
    }

    /// <summary>The number of bits that values up to <paramref name="max"/> (not negative) take.</summary>
    public static int BitsFor(long max) => max <= 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)max);
}
