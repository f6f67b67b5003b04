namespace ActorGraph.Import.Aggregation;

/// <summary>A no-GC region around the making of an import's relation objects: each of them survives to the end of the
/// import, so a collection in that step finds nothing to free and only copies the new ones from gen0 to gen1 and on to
/// gen2 (11 gen0, 5 gen1 and 3 gen2 collections in that step of a 1M-row file). The region is asked for the step's
/// allocations only; when the runtime refuses it (too large, already in a region) or another import runs beside
/// this one (<see cref="ImportGcModes"/>), the step runs as before.</summary>
internal static class RelationsWithoutCollections
{
    // A compact relation object is ~120 bytes on 64 bits; the margin covers the loop's own allocations.
    private const long BytesPerRelation = 160;
    private const long Margin = 16L << 20;
    // Below this the step is short and its collections few: not worth a region.
    private const int MinRelations = 100_000;

    /// <summary>Starts a region for <paramref name="relations"/> relations; true when one was started.</summary>
    public static bool Begin(int relations)
    {
        if (relations < MinRelations) return false;
        return ImportGcModes.TryStartRegion((relations * BytesPerRelation) + Margin);
    }

    /// <summary>Ends the region <see cref="Begin"/> started, if it is still on (a larger allocation than asked ends it).</summary>
    public static void End(bool started)
    {
        ImportGcModes.EndRegion(started);
    }
}
