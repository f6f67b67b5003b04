using ActorGraph.Import.Aggregation;
using ActorGraph.Import.Reading;

namespace ActorGraph.Import;

/// <summary>How an import runs.</summary>
/// <param name="Aggregation">Window, evidence cap and triangle window.</param>
/// <param name="Strict">Stop at the first malformed row (nothing is written).</param>
/// <param name="MaxIssues">How many malformed rows are reported in detail.</param>
/// <param name="Limits">Decompressed size and line length bounds; null for the defaults.</param>
public sealed record ImportOptions(AggregationOptions Aggregation, bool Strict = false, int MaxIssues = 10, InputLimits? Limits = null)
{
    /// <summary>Defaults: one-day windows, five evidence events per tie, 30-day triangles, lenient.</summary>
    public static ImportOptions Default { get; } = new(new AggregationOptions());
}
