using ActorGraph.Core.Model;

namespace ActorGraph.Import.Canonical;

/// <summary>A CAMEO actor type code (GOV, MIL, REB...): the role label used in names and the kind it implies.</summary>
/// <param name="Code">The three-letter code.</param>
/// <param name="Label">The role as a name part: "Government" in "Government of Iran".</param>
/// <param name="Kind">The actor kind a role actor gets.</param>
public sealed record CameoRole(string Code, string Label, ActorKind Kind);
