using System.Runtime;

namespace ActorGraph.Import.Aggregation;

/// <summary>The garbage collector's latency mode and no-GC regions belong to the whole process, while imports may run side
/// by side (the service, parallel tests). Every change an import makes to them goes through one gate: the first import in
/// flight sets batch mode and restores the mode it found; a no-GC region is only taken by an import running alone; a mode a
/// concurrent import or region already holds is left as it is, never overwritten.</summary>
internal static class ImportGcModes
{
    private static readonly Lock Gate = new();
    private static int active;

    /// <summary>Counts an import in and, when it is the only one, sets batch mode; returns the mode to restore, or null when
    /// the mode was left alone.</summary>
    public static GCLatencyMode? EnterBatch()
    {
        lock (Gate)
        {
            active++;
            var mode = GCSettings.LatencyMode;
            if (active > 1 || mode == GCLatencyMode.NoGCRegion) return null;
            try
            {
                GCSettings.LatencyMode = GCLatencyMode.Batch;
                return mode;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }

    /// <summary>Counts an import out and restores what <see cref="EnterBatch"/> changed, unless a region is on.</summary>
    public static void ExitBatch(GCLatencyMode? previous)
    {
        lock (Gate)
        {
            active--;
            if (previous is not { } mode || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
            try
            {
                GCSettings.LatencyMode = mode;
            }
            catch (InvalidOperationException)
            {
                // Another part of the process holds the mode; leave it.
            }
        }
    }

    // The relations step: every relation object made there survives to the end of the import, so a collection in that step
    // finds nothing to free and only copies the new ones from gen0 to gen1 and on to gen2 (11 gen0, 5 gen1 and 3 gen2
    // collections in that step of a 1M-row file). A compact relation object is ~120 bytes on 64 bits; the margin covers the
    // loop's own allocations. Below MinRegionRelations the step is short and its collections few: not worth a region.
    private const long BytesPerRelation = 160;
    private const long RegionMargin = 16L << 20;
    private const int MinRegionRelations = 100_000;

    /// <summary>Starts a no-GC region sized for making <paramref name="relations"/> relation objects (the step's allocations
    /// only); true when one was started. None below 100,000 relations, nor when the runtime refuses it (too large, already in
    /// a region) or another import runs beside this one: the step then runs as before. End it with <see cref="EndRegion"/>.</summary>
    public static bool TryStartRelationsRegion(int relations) =>
        relations >= MinRegionRelations && TryStartRegion((relations * BytesPerRelation) + RegionMargin);

    /// <summary>Starts a no-GC region of <paramref name="bytes"/> when this import runs alone; true when one was started.</summary>
    public static bool TryStartRegion(long bytes)
    {
        lock (Gate)
        {
            if (active > 1 || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return false;
            try
            {
                return GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true);
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than the runtime can set aside at once.
                return false;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }

    /// <summary>Ends a region <see cref="TryStartRegion"/> started, if it is still on (a larger allocation ends it).</summary>
    public static void EndRegion(bool started)
    {
        if (!started) return;
        lock (Gate)
        {
            if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion) return;
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The region had already ended (a collection was induced or the budget was exceeded).
            }
        }
    }
}
