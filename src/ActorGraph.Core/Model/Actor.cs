using System.Collections.Immutable;

namespace ActorGraph.Core.Model;

/// <summary>A political actor: a state, armed group, agency, person, organisation...</summary>
/// <param name="Id">Stable identifier (kebab case, e.g. <c>egypt-gis</c>); unique in a graph.</param>
/// <param name="Name">Display name.</param>
/// <param name="Kind">What sort of actor this is.</param>
/// <param name="Aliases">Other names users type ("U.S.", "Türkiye"); unique across actors once normalised.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code where the actor has one (e.g. <c>EGY</c>).</param>
/// <param name="Description">A short description in the project's own words.</param>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    ImmutableArray<string> Aliases,
    string? Country = null,
    string? Description = null)
{
    /// <summary>Aliases, never default.</summary>
    public ImmutableArray<string> Aliases { get; init; } = Aliases.IsDefault ? [] : Aliases;
}
