using ActorGraph.Core.Model;

namespace ActorGraph.Import;

/// <summary>The imported graph and the summary of how it was made.</summary>
public sealed record ImportResult(ActorGraphData Graph, ImportSummary Summary);
