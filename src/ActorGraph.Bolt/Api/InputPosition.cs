namespace ActorGraph.Bolt;

/// <summary>A position in the query text: character offset, 1-based line and column.</summary>
public sealed record InputPosition(long Offset, long Line, long Column);
