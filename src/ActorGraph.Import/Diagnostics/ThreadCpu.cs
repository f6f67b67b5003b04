using System.Runtime.InteropServices;

namespace ActorGraph.Import.Diagnostics;

/// <summary>The CPU time of the calling thread (Linux: <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>; elsewhere zero): the
/// part of an import that no other core can take, beside the process's CPU of all threads.</summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    /// <summary>The calling thread's CPU time so far, or zero where it cannot be read.</summary>
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        try
        {
            return clock_gettime(ClockThreadCpuTime, out var ts) == 0 ? TimeSpan.FromTicks((ts.Seconds * TimeSpan.TicksPerSecond) + (ts.Nanoseconds / 100)) : TimeSpan.Zero;
        }
        catch (DllNotFoundException)
        {
            return TimeSpan.Zero;
        }
        catch (EntryPointNotFoundException)
        {
            return TimeSpan.Zero;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc"), SuppressGCTransition]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
