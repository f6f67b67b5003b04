namespace ActorGraph.Bolt;

/// <summary>Update statistics of a query.</summary>
public interface ICounters
{
    bool ContainsUpdates { get; }
    int NodesCreated { get; }
    int NodesDeleted { get; }
    int RelationshipsCreated { get; }
    int RelationshipsDeleted { get; }
    int PropertiesSet { get; }
    int LabelsAdded { get; }
    int LabelsRemoved { get; }
    int IndexesAdded { get; }
    int IndexesRemoved { get; }
    int ConstraintsAdded { get; }
    int ConstraintsRemoved { get; }
    int SystemUpdates { get; }
}
