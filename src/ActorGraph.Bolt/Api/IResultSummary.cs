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

    /// <summary>The raw summary metadata (notifications, statuses, plan ...).</summary>
    IReadOnlyDictionary<string, object?> Metadata { get; }
}
