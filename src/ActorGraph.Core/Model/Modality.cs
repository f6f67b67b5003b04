namespace ActorGraph.Core.Model;

/// <summary>How the source presents a fact.</summary>
public enum Modality
{
    /// <summary>Reported as fact.</summary>
    Reported,
    /// <summary>Claimed by one side (e.g. "according to Hamas sources").</summary>
    Claimed,
    /// <summary>Hoped for or expected, not yet happened.</summary>
    Hoped,
    /// <summary>Denied by the party concerned.</summary>
    Denied,
}
