namespace ActorGraph.Bolt;

/// <summary>A GQL status of a result (Bolt 5.6+ <c>statuses</c>; for older servers derived from the notifications:
/// 01N42 for a warning, 03N42 for information, as the official drivers do).</summary>
public interface IGqlStatusObject
{
    string GqlStatus { get; }
    string StatusDescription { get; }
    InputPosition? Position { get; }
    string RawClassification { get; }
    Category? Classification { get; }
    string RawSeverity { get; }
    Severity? Severity { get; }
    IReadOnlyDictionary<string, object?> DiagnosticRecord { get; }

    /// <summary>True when the status is also a notification (it has a Neo4j code).</summary>
    bool IsNotification { get; }
}
