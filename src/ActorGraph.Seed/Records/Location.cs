namespace ActorGraph.Seed.Records;

/// <summary>A 1-based line and column in a seed file.</summary>
internal readonly record struct Location(int Line, int Column);
