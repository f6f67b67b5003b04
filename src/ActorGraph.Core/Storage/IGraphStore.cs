using ActorGraph.Core.Model;

namespace ActorGraph.Core.Storage;

/// <summary>Progress of a long store operation, for a progress display.</summary>
/// <param name="Stage">What is being done ("actors", "relations").</param>
/// <param name="Done">Items done in this stage.</param>
/// <param name="Total">Items in this stage, when known.</param>
public readonly record struct StoreProgress(string Stage, long Done, long? Total);

/// <summary>Where the actor graph lives: the embedded in-process store or Neo4j.</summary>
/// <remarks>Implementations replace the whole graph atomically: a reader sees the old graph or the
/// new one, never a mix, and a failed replace leaves the old graph in place.</remarks>
public interface IGraphStore
{
    /// <summary>A short description of the store for messages ("embedded", "neo4j://host:7687").</summary>
    string Description { get; }

    /// <summary>Replaces the stored graph with <paramref name="data"/>, all or nothing.</summary>
    Task ReplaceAsync(ActorGraphData data, string origin, IProgress<StoreProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The current graph as an immutable snapshot.</summary>
    Task<GraphSnapshot> GetSnapshotAsync(CancellationToken cancellationToken = default);
}
