using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Reading;

/// <summary>A folder-wide limit of <see cref="SeedLimits"/> was reached: loading stops at once (nothing is loaded).</summary>
internal sealed class SeedLimitException(string file, Location location, string message) : Exception(message)
{
    /// <summary>The file where the limit was reached.</summary>
    public string File { get; } = file;

    /// <summary>The record that went over the limit.</summary>
    public Location Location { get; } = location;
}
