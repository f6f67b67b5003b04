namespace ActorGraph.Bolt.Internal;

internal sealed class ResultSummary(Query query, IServerInfo server, IReadOnlyDictionary<string, object?> runMetadata,
    IReadOnlyDictionary<string, object?> metadata) : IResultSummary
{
    public Query Query { get; } = query;

    public QueryType QueryType { get; } = metadata.GetValueOrDefault("type") switch
    {
        "r" => QueryType.ReadOnly,
        "rw" => QueryType.ReadWrite,
        "w" => QueryType.WriteOnly,
        "s" => QueryType.SchemaWrite,
        _ => QueryType.Unknown,
    };

    public ICounters Counters { get; } = new Counters(metadata.GetValueOrDefault("stats") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>());
    public IServerInfo Server { get; } = server;
    public string? Database { get; } = metadata.GetValueOrDefault("db") as string;
    public TimeSpan ResultAvailableAfter { get; } = TimeSpan.FromMilliseconds(runMetadata.GetValueOrDefault("t_first") as long? ?? -1);
    public TimeSpan ResultConsumedAfter { get; } = TimeSpan.FromMilliseconds(metadata.GetValueOrDefault("t_last") as long? ?? -1);
    public IReadOnlyDictionary<string, object?> Metadata { get; } = metadata;
}

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
