using System.Collections.Frozen;
using ActorGraph.Core.Model;

namespace ActorGraph.Import.Canonical;

/// <summary>CAMEO actor type codes (roles) and known-group codes (organisations, movements, armed
/// groups), from the embedded <c>cameo-types.tsv</c> and <c>cameo-groups.tsv</c> (sources in their headers).</summary>
public static class CameoCodes
{
    private static readonly FrozenDictionary<string, CameoRole> Roles = CodeTableFile.Rows("cameo-types.tsv")
        .ToFrozenDictionary(c => c[0], c => new CameoRole(c[0], c[1], ParseKind(c[2])), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CameoRole> Groups = CodeTableFile.Rows("cameo-groups.tsv")
        .ToFrozenDictionary(c => c[0], c => new CameoRole(c[0], c[1], ParseKind(c[2])), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CameoRole>.AlternateLookup<ReadOnlySpan<char>> RoleSpan = Roles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, CameoRole>.AlternateLookup<ReadOnlySpan<char>> GroupSpan = Groups.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The role of a type code, or null.</summary>
    public static CameoRole? Role(ReadOnlySpan<char> code) => RoleSpan.TryGetValue(code.Trim(), out var r) ? r : null;

    /// <summary>A known group (HMS → Hamas, armed group) with its name as the label, or null. Some type codes
    /// name one organisation (UNO, IRC, AMN, GRP): those are groups too.</summary>
    public static CameoRole? Group(ReadOnlySpan<char> code) => GroupSpan.TryGetValue(code.Trim(), out var g) ? g : null;

    private static ActorKind ParseKind(string text) => text switch
    {
        "government" => ActorKind.Government,
        "agency" => ActorKind.Agency,
        "armed-group" => ActorKind.ArmedGroup,
        "organisation" => ActorKind.Organisation,
        "population" => ActorKind.Population,
        _ => ActorKind.Other,
    };
}
