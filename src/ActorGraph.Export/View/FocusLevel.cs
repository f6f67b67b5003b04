namespace ActorGraph.Export.View;

/// <summary>How prominently an actor is drawn when a focus is set.</summary>
public enum FocusLevel
{
    /// <summary>Drawn plainly (no focus, or in focus but neither endpoint nor mediator).</summary>
    Normal,
    /// <summary>One of the actors the user asked about.</summary>
    Endpoint,
    /// <summary>A mediator between the endpoints.</summary>
    Mediator,
    /// <summary>Outside the focus, shown greyed for context.</summary>
    Context,
}
