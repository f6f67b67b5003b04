namespace ActorGraph.Bolt;

/// <summary>A path: nodes in order from <see cref="Start"/> to <see cref="End"/> and the relationships
/// between consecutive nodes (each with its real direction, which may run against the path).</summary>
public interface IPath : IEquatable<IPath>
{
    INode Start { get; }
    INode End { get; }
    IReadOnlyList<INode> Nodes { get; }
    IReadOnlyList<IRelationship> Relationships { get; }
}
