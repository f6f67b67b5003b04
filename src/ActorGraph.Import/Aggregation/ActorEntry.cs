using ActorGraph.Core.Model;

namespace ActorGraph.Import.Aggregation;

/// <summary>An actor as first seen in the event data, before it becomes an <see cref="Actor"/>.</summary>
internal sealed class ActorEntry(string id, string key, string name, string? country, ActorKind kind)
{
    public string Id { get; } = id;
    public string Key { get; } = key;
    public string Name { get; } = name;
    /// <summary>The first country code seen for the actor (a later row may fill it in).</summary>
    public string? Country { get; set; } = country;
    public ActorKind Kind { get; } = kind;
    public HashSet<string> OtherKeys { get; } = new(StringComparer.Ordinal);
}
