namespace ActorGraph.Import.Aggregation;

/// <summary>How event totals become a tie's strength and confidence (both in 0..1). Documented in docs/import.md.</summary>
public static class TieScoring
{
    /// <summary>Strength from the mean Goldstein score (-10..+10): <c>0.1 + 0.9 · |mean| / 10</c>.
    /// The magnitude is the intensity; the sign is carried by the relation kind. Every observed tie
    /// keeps at least 0.1 so that a neutral statement is weak, not absent.</summary>
    public static double Strength(double meanGoldstein) =>
        Math.Round(0.1 + (0.9 * Math.Min(10.0, Math.Abs(meanGoldstein)) / 10.0), 3);

    /// <summary>Confidence from the number of independent sources: <c>1 − 0.6^n</c>, capped at 0.95
    /// because machine-coded events are never certain (1 source 0.4, 2 → 0.64, 3 → 0.78, 5 → 0.92).</summary>
    public static double Confidence(long sources) =>
        Math.Round(Math.Min(0.95, 1.0 - Math.Pow(0.6, Math.Max(1, sources))), 3);
}
