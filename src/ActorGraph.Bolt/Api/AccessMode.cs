namespace ActorGraph.Bolt;

/// <summary>Read or write: decides which cluster member a routed session uses (and sends mode "r" for reads).</summary>
public enum AccessMode
{
    Write,
    Read,
}
