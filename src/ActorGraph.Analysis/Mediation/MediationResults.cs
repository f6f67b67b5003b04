using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
using ActorGraph.Analysis.Semantics;
using ActorGraph.Core.Model;

namespace ActorGraph.Analysis.Mediation;

/// <summary>Which of the three groups a listed actor is in.</summary>
public enum MediatorGroup
{
    /// <summary>A mediator of a process in which both sides are parties: reported mediation.</summary>
    Explicit,
    /// <summary>Has cooperative ties to both sides, which have none of their own: a candidate, not a reported mediator.</summary>
    StructuralCandidate,
    /// <summary>Not a mediator, but engages the mediators or presses a side: shown in its own role.</summary>
    Involved,
    /// <summary>A reported mediator whose processes between the sides are all over (history, with dates and status).</summary>
    Past,
    /// <summary>A mediator of a process rebuilt from event data, not reported as such: kept apart from reported mediation.</summary>
    Inferred,
}


/// <summary>A mediation process as listed with a mediator.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Status">Its status word.</param>
/// <param name="When">Its recorded dates.</param>
/// <param name="Confidence">How sure the record is that it exists.</param>
/// <param name="Evidence">Where it comes from.</param>
/// <param name="Current">True when it holds at the reference date (the as-of date, else the latest date on record).</param>
/// <param name="Inferred">True when rebuilt from event data rather than reported.</param>
public sealed record ProcessRef(string Id, string Name, ProcessStatus Status, DateRange When, double Confidence, ImmutableArray<EvidenceItem> Evidence,
    bool Current = true, bool Inferred = false)
{
    /// <summary>What came out of it (a truce, an agreement), dated where recorded. A property, not a constructor
    /// parameter: the OpenAPI schema exporter serialises parameter defaults, and a default immutable array cannot be.</summary>
    public ImmutableArray<OutcomeItem> Outcomes { get; init; } = [];
}

/// <summary>How strongly an actor is tied to one side: the strongest admitted cooperative tie (strength · confidence, 0..1).</summary>
public sealed record SideTie(string ActorId, double Strength);

/// <summary>The parts of a score, so a user can see why.</summary>
/// <param name="Sides">Tie strength to each side, in the result's side order.</param>
/// <param name="Confidence">Confidence of the process (explicit) or the mean confidence of the ties used.</param>
/// <param name="EvidenceCount">Evidence items behind the entry.</param>
/// <param name="AgeYears">Age of the newest dated fact at the reference date, or null when nothing is dated.</param>
/// <param name="RecencyFactor">1 / (1 + recency-per-year · age): 1 for current or undated facts.</param>
public sealed record ScoreComponents(ImmutableArray<SideTie> Sides, double Confidence, int EvidenceCount, double? AgeYears, double RecencyFactor);

/// <summary>One actor in a mediation answer.</summary>
/// <param name="ActorId">Its id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Group">Explicit mediator, structural candidate or involved actor.</param>
/// <param name="Score">0..1, higher is more central to the mediation; comparable within a group.</param>
/// <param name="Components">What the score is made of.</param>
/// <param name="Role">A brokerage role: a Gould-Fernandez role name when a partition is given, else one relative to the sides.</param>
/// <param name="RoleBasis">What the role is relative to, in words.</param>
/// <param name="Description">One line for the user (e.g. "mediator of Gaza ceasefire talks (ongoing)").</param>
/// <param name="Processes">Processes it mediates between the sides, current first (reported, past and inferred mediators).</param>
/// <param name="Evidence">The evidence chain: its ties to each side (and to the mediators, for an involved actor).</param>
/// <param name="FirstEvidence">Since when: the first dated evidence of its mediation between the sides (a process start,
/// else its earliest outcome or source date); for other groups, of its ties.</param>
/// <param name="LastEvidence">Until when: the last dated evidence (a process end, else its latest outcome or source date).</param>
public sealed record MediatorEntry(
    string ActorId,
    string Name,
    MediatorGroup Group,
    double Score,
    ScoreComponents Components,
    string Role,
    string RoleBasis,
    string Description,
    ImmutableArray<ProcessRef> Processes,
    ImmutableArray<TieEvidence> Evidence,
    DateOnly? FirstEvidence = null,
    DateOnly? LastEvidence = null);

/// <summary>Who mediates between two actors. The sides are listed in id order, so asking (A, B) or (B, A) gives the same answer.</summary>
/// <param name="Sides">The two actor ids, in ordinal order.</param>
/// <param name="AsOf">The as-of date, if any.</param>
/// <param name="Explicit">Reported mediators with a process in which both sides are parties that holds at the reference date, best first.</param>
/// <param name="Structural">Structural broker candidates (only when the sides have no cooperative tie and something to mediate).</param>
/// <param name="Involved">Actors in their own role: engaging the mediators or pressing a side.</param>
/// <param name="DirectTies">Cooperative ties between the two sides themselves.</param>
/// <param name="Opposed">True when the sides have a hostile or coercive tie or are parties to one process.</param>
/// <param name="Summary">A sentence for the user.</param>
/// <param name="Past">Reported mediators whose processes between the sides are all over: the history (whole record only).</param>
/// <param name="Inferred">Mediators of processes rebuilt from event data, current or past: not reported mediation.</param>
/// <param name="RolledUp">How the actors asked about were taken for the actors they lead or belong to (empty when not).</param>
/// <param name="Scope">The time scope: "whole record", "as of 2024-01-01" or "current (as of ...)".</param>
/// <param name="ScoreNote">What the scores of each group measure.</param>
public sealed record MediationResult(
    ImmutableArray<string> Sides,
    DateOnly? AsOf,
    ImmutableArray<MediatorEntry> Explicit,
    ImmutableArray<MediatorEntry> Structural,
    ImmutableArray<MediatorEntry> Involved,
    ImmutableArray<TieEvidence> DirectTies,
    bool Opposed,
    string Summary,
    ImmutableArray<MediatorEntry> Past,
    ImmutableArray<MediatorEntry> Inferred,
    ImmutableArray<RollUpStep> RolledUp,
    string Scope,
    string ScoreNote);
