using ActorGraph.Hosting.Loading;

namespace ActorGraph.Hosting.Sources;

/// <summary>Where a one-shot query reads its graph: a seed folder (<see cref="SeedFolderSource"/>) or a Neo4j
/// database loaded with <c>actorgraph load</c> (<see cref="Neo4jGraphSource"/>). The long-running service
/// loads the seed into its store instead (<see cref="GraphLoader"/>) and serves the same <see cref="LoadedGraph"/>.</summary>
public interface IGraphSource
{
    /// <summary>Where the graph comes from, for messages (never holds credentials).</summary>
    string Description { get; }

    /// <summary>Reads the whole graph. A seed with any error gives a <see cref="GraphSourceException"/> listing
    /// every error; nothing is half-loaded.</summary>
    Task<LoadedGraph> LoadAsync(CancellationToken cancellationToken);
}
