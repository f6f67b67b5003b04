namespace ActorGraph.Bolt;

/// <summary>The entry point, shaped like the official driver's:
/// <c>GraphDatabase.Driver("neo4j://host:7687", AuthTokens.Basic(user, password), o =&gt; o.WithMaxConnectionPoolSize(10))</c>.
/// Schemes: bolt, bolt+s, bolt+ssc (one server), neo4j, neo4j+s, neo4j+ssc (routing); +s verifies the
/// server certificate, +ssc accepts any certificate (self-signed).</summary>
public static class GraphDatabase
{
    /// <summary>Makes bookmark managers to share between sessions.</summary>
    public static BookmarkManagerFactory BookmarkManagerFactory { get; } = new();

    public static IDriver Driver(string uri, IAuthToken authToken, Action<ConfigBuilder>? configure = null) =>
        Driver(new Uri(uri), authToken, configure);

    public static IDriver Driver(Uri uri, IAuthToken authToken, Action<ConfigBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(authToken);
        var builder = new ConfigBuilder();
        configure?.Invoke(builder);
        return new Internal.Driver(BoltUri.Parse(uri), (AuthToken)authToken, builder.Build());
    }
}
