namespace ActorGraph.Export.View;

/// <summary>An actor's role in a mediation process.</summary>
public enum ProcessRole
{
    /// <summary>One of the sides being brought together.</summary>
    Party,
    /// <summary>A go-between.</summary>
    Mediator,
}
