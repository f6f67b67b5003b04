using System.Collections.Frozen;

namespace ActorGraph.Import.Canonical;

/// <summary>ICEWS generic sector actors that are a CAMEO role of their country ("Government (South Korea)"
/// is GDELT's <c>KORGOV</c>), from the embedded <c>icews-roles.tsv</c> (sources in its header).</summary>
public static class IcewsRoles
{
    private static readonly FrozenDictionary<string, CameoRole> ByName = CodeTableFile.Rows("icews-roles.tsv")
        .ToFrozenDictionary(
            c => c[0],
            c => CameoCodes.Role(c[1]) ?? throw new InvalidOperationException($"icews-roles.tsv: {c[1]} is not in cameo-types.tsv"),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The CAMEO role an ICEWS generic name stands for ("Government" → GOV), or null.</summary>
    public static CameoRole? Role(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByName.TryGetValue(name.Trim(), out var role) ? role : null;
    }
}
