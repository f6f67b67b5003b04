namespace ActorGraph.Bolt;

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
