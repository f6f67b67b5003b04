using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Sources;

/// <summary>The one way from a seed folder or Neo4j to a <see cref="LoadedGraph"/>: a seed folder
/// (<see cref="SeedFolderSource"/>) or a Neo4j database loaded with <c>actorgraph load</c>
/// (<see cref="Neo4jGraphSource"/>), registered by <see cref="Extensions.HostingExtensions.AddActorGraph"/>.
/// A CLI query reads its graph from it; the service's <see cref="GraphLoader"/> reads the seed from it and
/// puts it into the store it serves from.</summary>
public interface IGraphSource
{
    /// <summary>Where the graph comes from, for messages (never holds credentials).</summary>
    string Description { get; }

    /// <summary>Reads the whole graph. A seed with any error gives a <see cref="GraphSourceException"/> listing
    /// every error; nothing is half-loaded.</summary>
    Task<LoadedGraph> LoadAsync(CancellationToken cancellationToken);
}
