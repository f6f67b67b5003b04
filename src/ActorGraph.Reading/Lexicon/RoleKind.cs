namespace ActorGraph.Reading.Lexicon;

/// <summary>What a title says about its holder's tie to the organisation or state it names.</summary>
internal enum RoleKind
{
    /// <summary>Heads it: president, prime minister, chairman, head, leader.</summary>
    Leads,
    /// <summary>Belongs to it: minister, envoy, adviser, representative, official.</summary>
    MemberOf,
    /// <summary>A military or honorific rank that says nothing by itself: general, colonel.</summary>
    Rank,
}
