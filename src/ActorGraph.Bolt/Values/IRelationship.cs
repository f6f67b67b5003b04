namespace ActorGraph.Bolt;

/// <summary>A relationship: a type, properties, and the ids of its start and end nodes.</summary>
public interface IRelationship : IEntity, IEquatable<IRelationship>
{
    string Type { get; }
    long StartNodeId { get; }
    long EndNodeId { get; }
    string StartNodeElementId { get; }
    string EndNodeElementId { get; }
}
