namespace ActorGraph.Bolt;

internal sealed class AuthToken(string scheme, string? principal, string? credentials, string? realm) : IAuthToken
{
    public string Scheme { get; } = scheme;

    /// <summary>The map sent in LOGON (or HELLO at 5.0 and 4.4): scheme, principal, credentials, realm.</summary>
    public Dictionary<string, object?> ToMap()
    {
        var map = new Dictionary<string, object?> { ["scheme"] = Scheme };
        if (principal is not null) map["principal"] = principal;
        if (credentials is not null) map["credentials"] = credentials;
        if (realm is not null) map["realm"] = realm;
        return map;
    }

    public override string ToString() => principal is null ? $"AuthToken({Scheme})" : $"AuthToken({Scheme}, {principal}, ****)";
}
