namespace ActorGraph.Bolt;

/// <summary>A relationship inside a path (struct 0x72): id, type, properties, element_id (5.0+).
/// It has no ends; <see cref="GraphPath"/> binds it to the nodes around it.</summary>
public sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>Gives the relationship its ends.</summary>
    public Relationship Bind(INode start, INode end) =>
        new(Id, ElementId, start.Id, start.ElementId, end.Id, end.ElementId, Type, Properties);
}
