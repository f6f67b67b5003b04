using ActorGraph.Seed.Records;

namespace ActorGraph.Seed.Validation;

/// <summary>Where an id was first defined, for "duplicate id" messages.</summary>
internal readonly record struct Definition(string File, Location Location)
{
    public override string ToString() => $"{File}:{Location.Line}:{Location.Column}";
}
