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
