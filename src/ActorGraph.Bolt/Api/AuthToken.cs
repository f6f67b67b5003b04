namespace ActorGraph.Bolt;

internal sealed class AuthToken(string scheme, string? principal, string? credentials, string? realm) : IAuthToken
{
    /// <summary>The same credentials (a connection logged on with one needs no LOGOFF/LOGON for the other).</summary>
    public bool SameAs(AuthToken other) => ReferenceEquals(this, other)
        || (Scheme == other.Scheme && Principal == other.Principal && Credentials == other.Credentials && Realm == other.Realm);

    private string? Principal => principal;
    private string? Credentials => credentials;
    private string? Realm => realm;

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
