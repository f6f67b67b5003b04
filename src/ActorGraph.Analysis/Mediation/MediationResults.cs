using System.Collections.Immutable;
using ActorGraph.Analysis.Projection;
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
}

/// <summary>A mediation process as listed with a mediator.</summary>
public sealed record ProcessRef(string Id, string Name, ProcessStatus Status, DateRange When, double Confidence, ImmutableArray<EvidenceItem> Evidence);

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
/// <param name="Processes">Processes it mediates between the sides (explicit only).</param>
/// <param name="Evidence">The evidence chain: its ties to each side (and to the mediators, for an involved actor).</param>
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
    ImmutableArray<TieEvidence> Evidence);

/// <summary>Who mediates between two actors. The sides are listed in id order, so asking (A, B) or (B, A) gives the same answer.</summary>
/// <param name="Sides">The two actor ids, in ordinal order.</param>
/// <param name="AsOf">The as-of date, if any.</param>
/// <param name="Explicit">Reported mediators of processes in which both sides are parties, best first.</param>
/// <param name="Structural">Structural broker candidates (only when the sides have no cooperative tie and something to mediate).</param>
/// <param name="Involved">Actors in their own role: engaging the mediators or pressing a side.</param>
/// <param name="DirectTies">Cooperative ties between the two sides themselves.</param>
/// <param name="Opposed">True when the sides have a hostile or coercive tie or are parties to one process.</param>
/// <param name="Summary">A sentence for the user.</param>
public sealed record MediationResult(
    ImmutableArray<string> Sides,
    DateOnly? AsOf,
    ImmutableArray<MediatorEntry> Explicit,
    ImmutableArray<MediatorEntry> Structural,
    ImmutableArray<MediatorEntry> Involved,
    ImmutableArray<TieEvidence> DirectTies,
    bool Opposed,
    string Summary);
