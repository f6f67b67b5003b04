using ActorGraph.Hosting.Queries;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>The graph one command reads, and the registered queries it asks of it.</summary>
/// <param name="Graph">The graph from the registered <see cref="ActorGraph.Hosting.Sources.IGraphSource"/>.</param>
/// <param name="Queries">The application's queries, the same service the HTTP endpoints use.</param>
public sealed record CommandGraph(LoadedGraph Graph, GraphQueries Queries);
