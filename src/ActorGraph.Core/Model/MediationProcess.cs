using System.Collections.Immutable;

namespace ActorGraph.Core.Model;

/// <summary>Where a mediation process stands.</summary>
public enum ProcessStatus
{
    /// <summary>Offered or called for; talks not begun.</summary>
    Proposed,
    /// <summary>Talks under way.</summary>
    Ongoing,
    /// <summary>An agreement was reached (it may still be implemented).</summary>
    Agreed,
    /// <summary>Broke down without agreement, or the agreement fell apart.</summary>
    Collapsed,
    /// <summary>Concluded and closed.</summary>
    Ended,
}

/// <summary>Something that came out of a process, on a date.</summary>
public sealed record ProcessOutcome(DateOnly? Date, string Description, ImmutableArray<Evidence> Evidence)
{
    /// <summary>Evidence, never default.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = Evidence.IsDefault ? [] : Evidence;
}

/// <summary>A mediation process: talks between two or more parties through one or more mediators.
/// Kept as one object, not flattened into pairs, because the triangle is the fact.</summary>
/// <param name="Id">Unique id within the graph.</param>
/// <param name="Name">Display name, e.g. "Gaza ceasefire and prisoner-exchange talks".</param>
/// <param name="Parties">Actor ids of the parties; at least two.</param>
/// <param name="Mediators">Actor ids of the mediators; at least one; none of them a party.</param>
/// <param name="Topics">What is on the table.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="When">Start and end dates.</param>
/// <param name="Outcomes">Dated results.</param>
/// <param name="Evidence">Where it comes from.</param>
/// <param name="Inferred">True when rebuilt from event data rather than reported as such.</param>
/// <param name="Confidence">How sure we are it exists, in 0..1.</param>
public sealed record MediationProcess(
    string Id,
    string Name,
    ImmutableArray<string> Parties,
    ImmutableArray<string> Mediators,
    ImmutableArray<string> Topics,
    ProcessStatus Status,
    DateRange When,
    ImmutableArray<ProcessOutcome> Outcomes,
    ImmutableArray<Evidence> Evidence,
    bool Inferred = false,
    double Confidence = 1.0)
{
    /// <summary>Parties, never default.</summary>
    public ImmutableArray<string> Parties { get; init; } = Parties.IsDefault ? [] : Parties;
    /// <summary>Mediators, never default.</summary>
    public ImmutableArray<string> Mediators { get; init; } = Mediators.IsDefault ? [] : Mediators;
    /// <summary>Topics, never default.</summary>
    public ImmutableArray<string> Topics { get; init; } = Topics.IsDefault ? [] : Topics;
    /// <summary>Outcomes, never default.</summary>
    public ImmutableArray<ProcessOutcome> Outcomes { get; init; } = Outcomes.IsDefault ? [] : Outcomes;
    /// <summary>Evidence, never default.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = Evidence.IsDefault ? [] : Evidence;

    /// <summary>True while the process is a live channel (proposed or ongoing, or agreed and not ended).</summary>
    public bool IsActive => Status is ProcessStatus.Proposed or ProcessStatus.Ongoing or ProcessStatus.Agreed;
}
