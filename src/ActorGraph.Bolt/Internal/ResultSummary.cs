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

    private readonly (IReadOnlyList<INotification> Notes, IReadOnlyList<IGqlStatusObject> Statuses) _notes = Bolt.Internal.Notifications.Read(metadata);

    public IReadOnlyList<INotification> Notifications => _notes.Notes;

    public IReadOnlyList<IGqlStatusObject> GqlStatusObjects => _notes.Statuses;
}
