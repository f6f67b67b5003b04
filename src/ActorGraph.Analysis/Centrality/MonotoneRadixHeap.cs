using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ActorGraph.Analysis.Centrality;

/// <summary>A monotone priority queue of (distance, vertex) pairs for Dijkstra with non-negative lengths: a 64-bit radix
/// heap (Ahuja, Mehlhorn, Orlin and Tarjan 1990) over the IEEE-754 bit patterns of the keys. A non-negative double orders
/// exactly as its bit pattern read as an unsigned integer, so the heap pops keys in exactly the order a comparison heap
/// would; only the order among equal keys differs (last pushed first), and it is deterministic. A pushed key must not be
/// smaller than the last popped one (true in Dijkstra, where every key is a popped distance plus a non-negative length).
/// Bucket b ≥ 1 holds keys whose highest bit differing from the last popped key is bit b − 1; bucket 0 holds keys equal to
/// it. A pop that finds bucket 0 empty moves the lowest non-empty bucket's entries down, each into a strictly lower
/// bucket, so an entry moves at most 64 times and in practice two or three: O(1) push, amortised O(log C) pop with no
/// comparisons between entries. No decrease-key: push again and skip stale entries, as <see cref="Paths.LazyMinHeap"/>.</summary>
internal sealed class MonotoneRadixHeap
{
    private const int Buckets = 65;
    private readonly Entry[][] _buckets = new Entry[Buckets][];
    private readonly int[] _sizes = new int[Buckets];
    /// <summary>Bit b set when bucket b + 1 is non-empty (bucket 0 is checked through its size).</summary>
    private ulong _occupied;
    private ulong _last;

    public MonotoneRadixHeap()
    {
        for (var b = 0; b < Buckets; b++) _buckets[b] = new Entry[8];
    }

    public int Count { get; private set; }

    /// <summary>Empties the heap and lets the next run start from any key ≥ 0.</summary>
    public void Clear()
    {
        _sizes.AsSpan().Clear();
        _occupied = 0;
        _last = 0;
        Count = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Push(int vertex, double key)
    {
        Debug.Assert(key >= 0 && !double.IsNaN(key), "keys must be non-negative");
        var bits = BitConverter.DoubleToUInt64Bits(key + 0.0); // + 0.0 turns −0 into +0, whose bits order first
        Debug.Assert(bits >= _last, "a monotone heap takes no key below the last one popped");
        var b = BucketOf(bits);
        Append(b, new Entry(bits, vertex));
        if (b > 0) _occupied |= 1UL << (b - 1);
        Count++;
    }

    /// <summary>Removes an entry with the smallest key. The heap must not be empty.</summary>
    public int Pop(out double key)
    {
        if (_sizes[0] == 0)
        {
            var b = BitOperations.TrailingZeroCount(_occupied) + 1;
            if (_sizes[b] == 1)
            {
                // a lone entry is the minimum: take it without moving it through bucket 0
                var lone = _buckets[b][0];
                _sizes[b] = 0;
                _occupied &= ~(1UL << (b - 1));
                _last = lone.Key;
                Count--;
                key = BitConverter.UInt64BitsToDouble(lone.Key);
                return lone.Vertex;
            }
            Refill();
        }
        var size = --_sizes[0];
        Count--;
        key = BitConverter.UInt64BitsToDouble(_last);
        return _buckets[0][size].Vertex;
    }

    /// <summary>Makes the smallest key the new last key and moves the lowest non-empty bucket into lower buckets.</summary>
    private void Refill()
    {
        Debug.Assert(_occupied != 0, "pop from an empty heap");
        var b = BitOperations.TrailingZeroCount(_occupied) + 1;
        var size = _sizes[b];
        var entries = _buckets[b].AsSpan(0, size);
        var min = ulong.MaxValue;
        foreach (ref readonly var e in entries) min = Math.Min(min, e.Key);
        _last = min;
        _sizes[b] = 0;
        _occupied &= ~(1UL << (b - 1));
        // Every entry of bucket b agrees with the new last key above bit b − 1, so it lands in a bucket below b; the
        // source array is not written while it is read.
        foreach (ref readonly var e in entries)
        {
            var nb = BucketOf(e.Key);
            Append(nb, e);
            if (nb > 0) _occupied |= 1UL << (nb - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BucketOf(ulong bits) => bits == _last ? 0 : 64 - BitOperations.LeadingZeroCount(bits ^ _last);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Append(int bucket, Entry entry)
    {
        var size = _sizes[bucket];
        var array = _buckets[bucket];
        if (size == array.Length)
        {
            Array.Resize(ref _buckets[bucket], size * 2);
            array = _buckets[bucket];
        }
        array[size] = entry;
        _sizes[bucket] = size + 1;
    }

    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Entry(ulong Key, int Vertex);
}
