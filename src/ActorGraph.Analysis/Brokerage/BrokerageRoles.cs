namespace ActorGraph.Analysis.Brokerage;

/// <summary>The one vocabulary of brokerage roles (Gould and Fernandez 1989), used by <c>brokerage</c>,
/// <c>mediators</c>, the API and the web page: the role of B in a chain A → B → C with no A → C channel,
/// by the camps of A, B and C.</summary>
public static class BrokerageRoles
{
    /// <summary>The role's name as shown and in JSON: <c>coordinator</c>, <c>itinerant</c>, <c>gatekeeper</c>,
    /// <c>representative</c>, <c>liaison</c>.</summary>
    public static string Name(BrokerageRole role) => role switch
    {
        BrokerageRole.Coordinator => "coordinator",
        BrokerageRole.Itinerant => "itinerant",
        BrokerageRole.Gatekeeper => "gatekeeper",
        BrokerageRole.Representative => "representative",
        _ => "liaison",
    };

    /// <summary>What the role means, in one line.</summary>
    public static string Meaning(BrokerageRole role) => role switch
    {
        BrokerageRole.Coordinator => "A, B and C in one camp: a relay inside a camp",
        BrokerageRole.Itinerant => "A and C in one camp, B outside it: an outsider working within one camp",
        BrokerageRole.Gatekeeper => "B in C's camp, A outside: controls what reaches its own camp",
        BrokerageRole.Representative => "B in A's camp, C outside: speaks for its camp outward",
        _ => "A, B and C in three different camps: the classic third-party mediator",
    };

    /// <summary>Every role with its meaning, in enum order (for help text and the page's legend).</summary>
    public static IReadOnlyList<(string Name, string Meaning)> All { get; } =
        [.. Enum.GetValues<BrokerageRole>().Select(r => (Name(r), Meaning(r)))];
}
