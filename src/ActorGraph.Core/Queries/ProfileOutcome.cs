using System.Collections.Immutable;

namespace ActorGraph.Core.Queries;

/// <summary>What came out of a process (a truce, an agreement), with its evidence ready to show.</summary>
/// <param name="Date">When, if recorded.</param>
/// <param name="Description">What came out of it.</param>
/// <param name="Evidence">Where it comes from.</param>
public sealed record ProfileOutcome(DateOnly? Date, string Description, ImmutableArray<EvidenceView> Evidence);
