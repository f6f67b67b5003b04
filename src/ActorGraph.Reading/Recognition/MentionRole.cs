namespace ActorGraph.Reading.Recognition;

/// <summary>What a mention can be used for.</summary>
internal enum MentionRole
{
    /// <summary>The actor itself, usable as the subject or object of a relation.</summary>
    Actor,
    /// <summary>An adjective ("Israeli deaths"): the actor is present but not acting.</summary>
    Adjectival,
    /// <summary>Someone speaking for the actor ("Hamas officials said"): for attribution, not an argument.</summary>
    Speaker,
    /// <summary>A place ("in Lebanon", "the leadership in Moscow" is an <see cref="Actor"/> mention instead).</summary>
    Place,
}
