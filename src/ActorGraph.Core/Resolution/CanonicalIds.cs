namespace ActorGraph.Core.Resolution;

/// <summary>The one id scheme every input uses for actors the code tables know, so that a seed made by
/// <c>actorgraph import</c> and the facts of <c>actorgraph read</c> meet on the same actor: a state is its
/// ISO 3166-1 alpha-3 code (<c>yem</c>), a state's role actor the code and the CAMEO role (<c>yem-gov</c>,
/// <c>egy-mil</c>), a known group its CAMEO group code (<c>hms</c> for Hamas, <c>uno</c> for the United
/// Nations). All lower case. Codes from the CAMEO tables (GDELT, Apache-2.0) and ISO 3166-1.</summary>
public static class CanonicalIds
{
    /// <summary>CAMEO role code of a state's government.</summary>
    public const string Government = "GOV";

    /// <summary>CAMEO role code of a state's armed forces.</summary>
    public const string Military = "MIL";

    /// <summary>CAMEO role code of a state's intelligence services.</summary>
    public const string Intelligence = "SPY";

    /// <summary>CAMEO role code of a state's police.</summary>
    public const string Police = "COP";

    /// <summary>The id of a state or region: its code in lower case (<c>YEM</c> → <c>yem</c>).</summary>
    public static string State(string countryCode) => Code(countryCode);

    /// <summary>The id of a role actor of a state or group (<c>YEM</c>, <c>GOV</c> → <c>yem-gov</c>).</summary>
    public static string Role(string ownerCode, string roleCode) => $"{Code(ownerCode)}-{Code(roleCode)}";

    /// <summary>The id of a known group: its CAMEO code in lower case (<c>HMS</c> → <c>hms</c>).</summary>
    public static string Group(string groupCode) => Code(groupCode);

    private static string Code(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        return code.Trim().ToLowerInvariant();
    }
}
