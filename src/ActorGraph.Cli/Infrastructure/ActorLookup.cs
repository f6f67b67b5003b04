using ActorGraph.Core.Model;
using ActorGraph.Core.Resolution;

namespace ActorGraph.Cli.Infrastructure;

/// <summary>Resolving the actor names a user typed, with the CLI's error.</summary>
public static class ActorLookup
{
    /// <summary>The actor the user meant; a <see cref="CliException"/> naming the closest matches otherwise.</summary>
    public static Actor Resolve(this LoadedGraph graph, string query)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return graph.Resolver.Resolve(query) switch
        {
            ActorResolution.Found found => found.Actor,
            var other => throw new CliException(other.Describe()),
        };
    }
}
