namespace ActorGraph.Bolt;

/// <summary>The minimum severity of notifications the server sends (notification filter, Bolt 5.2+).</summary>
public enum Severity
{
    Warning,
    Information,
}
