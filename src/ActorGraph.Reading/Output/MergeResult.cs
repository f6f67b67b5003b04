using ActorGraph.Core.Model;

namespace ActorGraph.Reading.Output;

/// <summary>A graph with the proposed facts merged in, and the review of every proposed fact. <paramref name="SourceIds"/>
/// gives, for each reading result in order, the source id the merger gave it (its own id, or one made unique: "report-2");
/// null when the result was built by hand, and then each report's own id stands.</summary>
public sealed record MergeResult(ActorGraphData Graph, IReadOnlyList<ReviewItem> Review, IReadOnlyList<string>? SourceIds = null);
