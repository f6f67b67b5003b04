using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace ActorGraph.Import.Aggregation;

/// <summary>Asks the processor to start loading an array element into its caches before it is read. The aggregation
/// looks every row up in two hash tables of several megabytes (ties, source keys) whose slots are random, so each look-up
/// waited for main memory; issuing the loads of the next rows first lets those misses overlap
/// (<see cref="Gdelt.GdeltBlockAggregator"/>). Only a hint: an index out of range, or an array the collector moved since,
/// loads nothing useful and faults nothing; where the instruction is missing (not x86) nothing is done.</summary>
internal static class CacheHints
{
    /// <summary>Starts loading <paramref name="array"/>[<paramref name="index"/>] into every cache level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Prefetch<T>(T[] array, int index)
    {
        if (Sse.IsSupported && (uint)index < (uint)array.Length) Sse.Prefetch0(Unsafe.AsPointer(ref array[index]));
    }
}
