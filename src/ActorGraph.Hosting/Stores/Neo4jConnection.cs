using ActorGraph.Bolt;
using ActorGraph.Hosting.Options;

namespace ActorGraph.Hosting.Stores;

/// <summary>The one Bolt driver of the process when a Neo4j store is configured; disposed (pools closed) at shutdown.</summary>
public sealed class Neo4jConnection : IAsyncDisposable
{
    /// <summary>Creates the driver; it connects lazily, so this does not fail while the server is down.</summary>
    public Neo4jConnection(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Options validation has refused addresses with user information, so the address holds no secret.
        var uri = new Uri(options.Uri!);
        try
        {
            Driver = GraphDatabase.Driver(uri, AuthTokens.Basic(options.User, options.Password!));
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException($"ActorGraph:Neo4j:Uri: {ex.Message}", ex);
        }
        Description = uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The driver.</summary>
    public IDriver Driver { get; }

    /// <summary>The server address without credentials, for messages.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Driver.DisposeAsync();
}
