using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Output;

/// <summary>A graph with the proposed facts merged in, and the review of every proposed fact.</summary>
public sealed record MergeResult(ActorGraphData Graph, IReadOnlyList<ReviewItem> Review);
