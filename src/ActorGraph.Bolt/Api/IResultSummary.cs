namespace ActorGraph.Bolt;

/// <summary>What the server reported at the end of a result.</summary>
public interface IResultSummary
{
    Query Query { get; }

    /// <summary>r, w, rw or s, as <see cref="QueryType"/>.</summary>
    QueryType QueryType { get; }

    ICounters Counters { get; }

    IServerInfo Server { get; }

    /// <summary>The database that ran the query, when the server said.</summary>
    string? Database { get; }

    TimeSpan ResultAvailableAfter { get; }

    TimeSpan ResultConsumedAfter { get; }

    /// <summary>The server's notifications (typed; see <see cref="Config.Notifications"/> to filter them).</summary>
    IReadOnlyList<INotification> Notifications { get; }

    /// <summary>The GQL statuses (Bolt 5.6+, else derived from the notifications).</summary>
    IReadOnlyList<IGqlStatusObject> GqlStatusObjects { get; }

    /// <summary>The raw summary metadata (notifications, statuses, plan ...).</summary>
    IReadOnlyDictionary<string, object?> Metadata { get; }
}
