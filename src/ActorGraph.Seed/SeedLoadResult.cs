using System.Collections.Immutable;
using ActorGraph.Core.Model;

namespace ActorGraph.Seed;

/// <summary>What <see cref="SeedLoader.Load"/> returns: the graph, or every error found and no graph.</summary>
/// <param name="Graph">The validated graph; null when there is any error (nothing is half-loaded).</param>
/// <param name="Errors">All errors, sorted by file, line and column; empty on success.</param>
public sealed record SeedLoadResult(ActorGraphData? Graph, ImmutableArray<SeedError> Errors)
{
    /// <summary>True when the folder loaded without errors.</summary>
    public bool Succeeded => Graph is not null;
}
