namespace ActorGraph.Bolt;

/// <summary>A node: labels and properties.</summary>
public interface INode : IEntity, IEquatable<INode>
{
    IReadOnlyList<string> Labels { get; }
}
