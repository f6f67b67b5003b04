namespace ActorGraph.Analysis.Paths;

/// <summary>Why <see cref="PathFinder"/> found no path.</summary>
public enum NoPathReason
{
    /// <summary>The two ends are the same actor.</summary>
    SameActor,
    /// <summary>The first actor has no ties at all as of the date.</summary>
    SourceIsolated,
    /// <summary>The second actor has no ties at all as of the date.</summary>
    TargetIsolated,
    /// <summary>They are connected, but only through hostile ties (which are not channels unless asked for).</summary>
    OnlyHostileConnections,
    /// <summary>They are connected, but only through pressure or organisational ties, not cooperative ones.</summary>
    OnlyNonCooperativeConnections,
    /// <summary>No chain of ties of any kind joins them: they are in different components.</summary>
    DifferentComponents,
    /// <summary>Cooperative chains exist, but all are longer than the hop limit.</summary>
    ExceededMaxHops,
}
