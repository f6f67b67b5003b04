namespace ActorGraph.Hosting.Options;

/// <summary>The one rule for a Neo4j server address, whether it comes from configuration
/// (<c>ActorGraph:Neo4j:Uri</c>) or from the command line (<c>--neo4j</c>): a Bolt or Neo4j scheme, and no
/// user name or password inside it.</summary>
public static class Neo4jAddress
{
    /// <summary>The schemes the Bolt client accepts (+s: TLS; +ssc: TLS with a self-signed certificate).</summary>
    public static readonly IReadOnlyList<string> Schemes = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

    /// <summary>What is wrong with <paramref name="uri"/>, or null when it is a usable address. The message
    /// never repeats an address that carries credentials.</summary>
    public static string? Problem(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (Uri.TryCreate(uri, UriKind.Absolute, out var withUser) && withUser.UserInfo.Length > 0)
        {
            return $"the address carries a user name or password; give the address alone (e.g. bolt://{withUser.Host}:{withUser.Port}), " +
                   $"the user separately and the password in {Neo4jOptions.PasswordVariable}.";
        }
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !Schemes.Contains(parsed.Scheme, StringComparer.OrdinalIgnoreCase))
            return $"'{uri}' is not a Neo4j address; use e.g. bolt://127.0.0.1:7687 (schemes: {string.Join(", ", Schemes)}).";
        return null;
    }
}
