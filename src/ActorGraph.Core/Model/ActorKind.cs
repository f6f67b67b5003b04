namespace ActorGraph.Core.Model;

/// <summary>What sort of political actor a node is.</summary>
/// <remarks>Seed files spell these in kebab case: <c>state</c>, <c>armed-group</c>, <c>agency</c>,
/// <c>government</c>, <c>organisation</c>, <c>person</c>, <c>population</c>, <c>territory</c>,
/// <c>other</c>.</remarks>
public enum ActorKind
{
    /// <summary>A sovereign state, e.g. Egypt.</summary>
    State,
    /// <summary>A non-state armed movement, e.g. Hamas, Hezbollah.</summary>
    ArmedGroup,
    /// <summary>An intelligence, security or other state agency, e.g. Egypt's General Intelligence.</summary>
    Agency,
    /// <summary>A government or one of its offices (cabinet, presidency).</summary>
    Government,
    /// <summary>An international, regional or non-governmental organisation.</summary>
    Organisation,
    /// <summary>A named individual: leader, envoy, official.</summary>
    Person,
    /// <summary>A population or social group, e.g. displaced Palestinians.</summary>
    Population,
    /// <summary>A territory or place that acts as a party, e.g. Gaza.</summary>
    Territory,
    /// <summary>Anything else.</summary>
    Other,
}
