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
            Driver = CreateDriver(options);
        }
        catch (ArgumentException ex)
        {
            throw new ConfigurationException($"ActorGraph:Neo4j:Uri: {ex.Message}", ex);
        }
        Description = uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>A driver for <paramref name="options"/>: basic auth (none without a password), 15 s to connect,
    /// 30 s to get a pooled connection, transient errors retried for <see cref="Neo4jOptions.MaxRetrySeconds"/>.
    /// It connects lazily; the caller disposes it.</summary>
    public static IDriver CreateDriver(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var auth = string.IsNullOrEmpty(options.Password) ? AuthTokens.None : AuthTokens.Basic(options.User, options.Password);
        return GraphDatabase.Driver(options.Uri!, auth, o =>
        {
            o.WithConnectionTimeout(TimeSpan.FromSeconds(15)).WithConnectionAcquisitionTimeout(TimeSpan.FromSeconds(30));
            if (options.MaxRetrySeconds is { } retry) o.WithMaxTransactionRetryTime(TimeSpan.FromSeconds(retry));
        });
    }

    /// <summary>The driver.</summary>
    public IDriver Driver { get; }

    /// <summary>The server address without credentials, for messages.</summary>
    public string Description { get; }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Driver.DisposeAsync();
}
