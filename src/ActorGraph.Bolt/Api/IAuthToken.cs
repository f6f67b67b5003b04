namespace ActorGraph.Bolt;

/// <summary>Credentials for <see cref="GraphDatabase.Driver(string, IAuthToken, Action{ConfigBuilder}?)"/>.
/// Its string form never shows the secret.</summary>
public interface IAuthToken
{
    /// <summary>basic, none or bearer.</summary>
    string Scheme { get; }
}

/// <summary>The auth tokens the server understands.</summary>
public static class AuthTokens
{
    public static IAuthToken None { get; } = new AuthToken("none", null, null, null);

    public static IAuthToken Basic(string username, string password, string? realm = null)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(password);
        return new AuthToken("basic", username, password, realm);
    }

    public static IAuthToken Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new AuthToken("bearer", null, token, null);
    }
}

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
