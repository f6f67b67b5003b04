namespace ActorGraph.Bolt.Internal;

/// <summary>The "stats" map of a summary: keys such as "nodes-created"; absent keys are 0.</summary>
internal sealed class Counters(IReadOnlyDictionary<string, object?> stats) : ICounters
{
    public bool ContainsUpdates => stats.GetValueOrDefault("contains-updates") is true
        || stats.Any(kv => kv.Key != "system-updates" && kv.Key != "contains-system-updates" && kv.Value is long and > 0);
    public int NodesCreated => Get("nodes-created");
    public int NodesDeleted => Get("nodes-deleted");
    public int RelationshipsCreated => Get("relationships-created");
    public int RelationshipsDeleted => Get("relationships-deleted");
    public int PropertiesSet => Get("properties-set");
    public int LabelsAdded => Get("labels-added");
    public int LabelsRemoved => Get("labels-removed");
    public int IndexesAdded => Get("indexes-added");
    public int IndexesRemoved => Get("indexes-removed");
    public int ConstraintsAdded => Get("constraints-added");
    public int ConstraintsRemoved => Get("constraints-removed");
    public int SystemUpdates => Get("system-updates");

    private int Get(string key) => stats.GetValueOrDefault(key) is long l ? (int)l : 0;
}
