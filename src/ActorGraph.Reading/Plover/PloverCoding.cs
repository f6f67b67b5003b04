namespace ActorGraph.Reading.Plover;

/// <summary>What the reader codes a sentence as: a PLOVER category and the source and target actors' names.</summary>
public sealed record PloverCoding(string? Category, IReadOnlyList<string> Source, IReadOnlyList<string> Target);
