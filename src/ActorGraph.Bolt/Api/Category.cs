namespace ActorGraph.Bolt;

/// <summary>Notification categories (called classifications from Bolt 5.5) that can be disabled.</summary>
public enum Category
{
    Hint,
    Unrecognized,
    Unsupported,
    Performance,
    Deprecation,
    Security,
    Topology,
    Generic,
    Schema,
}
