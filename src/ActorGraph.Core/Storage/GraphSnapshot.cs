using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>An immutable view of a store's graph at one moment, handed to analysis.</summary>
/// <param name="Data">The graph.</param>
/// <param name="Version">Increases by one on every successful replace; 0 for an empty store.</param>
/// <param name="LoadedAt">When this version was loaded.</param>
/// <param name="Origin">Where it came from (a seed folder, a Neo4j URI), for messages.</param>
public sealed record GraphSnapshot(ActorGraphData Data, long Version, DateTimeOffset LoadedAt, string Origin)
{
    /// <summary>The snapshot of a store that has never been loaded.</summary>
    public static GraphSnapshot Empty { get; } = new(ActorGraphData.Empty, 0, DateTimeOffset.MinValue, "(empty)");
}
