namespace ActorGraph.Bolt;

/// <summary>Whether an executable query goes to writers (the default) or to readers.</summary>
public enum RoutingControl
{
    Writers,
    Readers,
}
