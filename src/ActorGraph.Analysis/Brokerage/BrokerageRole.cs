namespace ActorGraph.Analysis.Brokerage;

/// <summary>Gould and Fernandez's (1989) brokerage roles of B in a two-step chain A→B→C with no A→C tie,
/// by the groups (here: clusters) of A, B and C.</summary>
public enum BrokerageRole
{
    /// <summary>A, B and C in one group: a relay inside a camp.</summary>
    Coordinator,
    /// <summary>A and C in one group, B in another: an outsider mediating within one camp (consultant).</summary>
    Itinerant,
    /// <summary>B and C in one group, A outside: B controls what reaches its own camp.</summary>
    Gatekeeper,
    /// <summary>A and B in one group, C outside: B speaks for its camp outward.</summary>
    Representative,
    /// <summary>A, B and C in three different groups: the classic third-party mediator.</summary>
    Liaison,
}
