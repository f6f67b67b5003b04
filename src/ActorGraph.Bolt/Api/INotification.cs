namespace ActorGraph.Bolt;

/// <summary>A notification of the server about a query (a deprecated feature, a cartesian product, an unknown label...).
/// From Bolt 5.6 derived from the GQL statuses that carry a Neo4j code.</summary>
public interface INotification
{
    string Code { get; }
    string Title { get; }
    string Description { get; }

    /// <summary>Where in the query, when the server said.</summary>
    InputPosition? Position { get; }

    /// <summary>"WARNING", "INFORMATION" … as sent; <see cref="SeverityLevel"/> is null for values this client does not know.</summary>
    string RawSeverityLevel { get; }
    Severity? SeverityLevel { get; }

    /// <summary>"DEPRECATION", "PERFORMANCE" … as sent; <see cref="Category"/> is null for values this client does not know.</summary>
    string RawCategory { get; }
    Category? Category { get; }
}
