namespace ActorGraph.Hosting.Options;

/// <summary>Where the registered <see cref="Sources.IGraphSource"/> reads the graph (<c>ActorGraph:Source</c>).
/// The service always reads the seed folder and loads it into its store; a CLI query may read Neo4j instead.</summary>
public sealed class SourceOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ActorGraph:Source";

    /// <summary>The seed folder (default) or the Neo4j store.</summary>
    public GraphSourceKind Kind { get; set; } = GraphSourceKind.Seed;
}
