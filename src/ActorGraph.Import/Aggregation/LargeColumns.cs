using System.Runtime.InteropServices;

namespace ActorGraph.Import.Aggregation;

/// <summary>Large column arrays of an import (ties, items, source keys): allocated without zeroing, pinned (so they never
/// move), and on Linux advised to the kernel as candidates for transparent huge pages, so that a column of hundreds of
/// megabytes is faulted in 2 MB at a time instead of 4 KB (page faults were ~18 % of a 1M-row import's CPU on the
/// shared machine, docs/benchmarks.md, thirteenth session). The advice is only a hint: where huge pages are off, or
/// the call is missing, nothing changes.</summary>
internal static class LargeColumns
{
    // Below this a column is an ordinary array: huge pages only pay for columns of several of them.
    private const long AdviseBytes = 8L << 20;
    private const int HugePage = 2 << 20;
    private const int MadvHugePage = 14;
    private static bool _adviceFailed;

    /// <summary>An array of <paramref name="length"/> elements whose contents are undefined until written.</summary>
    public static T[] Allocate<T>(int length) where T : unmanaged
    {
        var bytes = (long)length * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
        if (bytes < AdviseBytes || !OperatingSystem.IsLinux() || _adviceFailed) return GC.AllocateUninitializedArray<T>(length);
        var array = GC.AllocateUninitializedArray<T>(length, pinned: true);
        Advise(Marshal.UnsafeAddrOfPinnedArrayElement(array, 0), bytes);
        return array;
    }

    /// <summary>An array of <paramref name="length"/> zeros (cleared after the advice, so that the clearing faults in
    /// huge pages).</summary>
    public static T[] AllocateZeroed<T>(int length) where T : unmanaged
    {
        var array = Allocate<T>(length);
        array.AsSpan().Clear();
        return array;
    }

    private static void Advise(nint start, long bytes)
    {
        // The whole huge pages inside the array.
        var first = (start + HugePage - 1) & ~(HugePage - 1);
        var end = (start + (nint)bytes) & ~(HugePage - 1);
        if (end <= first) return;
        try
        {
            _ = madvise(first, (nuint)(end - first), MadvHugePage);
        }
        catch (DllNotFoundException)
        {
            _adviceFailed = true;
        }
        catch (EntryPointNotFoundException)
        {
            _adviceFailed = true;
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int madvise(nint address, nuint length, int advice);
}
