using ActorGraph.Core.Model;

namespace ActorGraph.Import.Canonical;

/// <summary>Who an event side is, once its codes or name have been looked up: the same id and name
/// for the same actor in every file.</summary>
/// <param name="Id">Kebab-case id: the country code for a state (<c>irn</c>), country and role for a
/// role actor (<c>irn-gov</c>), the group code for a known group (<c>hms</c>), else the name in kebab case.</param>
/// <param name="Name">Display name from the code tables ("Iran", "Government of Iran", "Hamas"), or the source's name.</param>
/// <param name="Kind">A guess from the codes or sectors: review it.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code, or null.</param>
/// <param name="Variants">Names the code tables give for it (aliases users may type: "Russian Federation").</param>
public sealed record ActorIdentity(string Id, string Name, ActorKind Kind, string? Country, IReadOnlyList<string> Variants);
