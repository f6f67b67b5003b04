using System.Globalization;

namespace ActorGraph.Import.Diagnostics;

/// <summary>A probe of where an import's CPU goes: with <c>ACTORGRAPH_IMPORT_PHASES=1</c> in the environment, each step
/// of the graph build prints to standard error the process CPU (all threads), the bytes allocated and the collections
/// since the step before. Off by default: one test of a static field per step. For benchmarks (docs/benchmarks.md), not
/// for users; the figures are process-wide, so the first step also holds the runtime's start and the read.</summary>
internal static class BuildPhases
{
    private static readonly bool On = Environment.GetEnvironmentVariable("ACTORGRAPH_IMPORT_PHASES") == "1";
    private static TimeSpan _cpu;
    private static long _allocated;

    /// <summary>Ends the step called <paramref name="name"/> (prints its figures when the probe is on).</summary>
    public static void Mark(string name)
    {
        if (!On) return;
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"phase {name,-16} cpu {(cpu - _cpu).TotalMilliseconds,6:0} ms  allocated {(allocated - _allocated) / 1e6,6:0} MB  collections gen0/1/2 {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}"));
        _cpu = cpu;
        _allocated = allocated;
    }
}
